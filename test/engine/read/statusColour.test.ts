import { statusOfColour } from "../../../src/engine/read/statusColour";

describe("reading a status from a fill colour", () => {
  it.each([
    ["FF0000", "red"],
    ["C00000", "red"],
    ["FFC7CE", "red"],
    ["FFC000", "amber"],
    ["FFFF00", "amber"],
    ["FFEB9C", "amber"],
    ["ED7D31", "amber"],
    ["00B050", "green"],
    ["92D050", "green"],
    ["C6EFCE", "green"],
    ["70AD47", "green"],
    ["0070C0", "blue"],
    ["00B0F0", "blue"],
    ["5B9BD5", "blue"],
    ["4472C4", "blue"],
  ])("reads %s as %s", (rgb, status) => {
    expect(statusOfColour(rgb)).toBe(status);
  });

  it.each(["FFFFFF", "000000", "D9D9D9", "808080", "7030A0"])("reads %s as no status", (rgb) => {
    expect(statusOfColour(rgb)).toBeNull();
  });

  it("accepts ARGB and a leading #", () => {
    expect(statusOfColour("FF00B050")).toBe("green");
    expect(statusOfColour("#FF0000")).toBe("red");
  });
});
