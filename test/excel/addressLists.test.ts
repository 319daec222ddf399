import { addressLists, compressCells } from "../../src/excel/addressLists";

describe("address lists for getRanges", () => {
  it("joins runs of consecutive rows in a column into one range", () => {
    expect(compressCells(["I17", "I18", "I19", "I21", "F17", "I20"])).toEqual(["F17", "I17:I21"]);
  });

  it("keeps every list well within what Excel takes (8,192 characters, 512 areas), losing no cell", () => {
    const cells = Array.from({ length: 5000 }, (_, i) => `H${i * 2 + 1}`);
    const lists = addressLists(cells);
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.every((list) => list.length <= 4000 && list.split(",").length <= 500)).toBe(true);
    expect(lists.join(",").split(",")).toEqual(cells);
  });
});
