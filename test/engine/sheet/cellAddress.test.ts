import { cellAddress, columnLetters, parseAddress } from "../../../src/engine";

describe("cell addresses", () => {
  it.each([
    ["A1", 0, 0],
    ["J15", 14, 9],
    ["AA100", 99, 26],
    ["XFD1048576", 1048575, 16383],
    ["$J$15", 14, 9],
    ["j15", 14, 9],
    [" B2 ", 1, 1],
  ])("%j is row %i, column %i", (address, row, column) => {
    expect(parseAddress(address)).toEqual({ row, column });
  });

  it.each(["A 15", "A1e3", "A0x1", "ABCD1", "15", "A", "", "A1:B2"])("%j is not a cell address", (address) => {
    expect(() => parseAddress(address)).toThrow("Not an A1 cell address");
  });

  it("names every column Excel has and reads each name back", () => {
    for (let column = 0; column < 16384; column++) {
      expect(parseAddress(cellAddress(6, column))).toEqual({ row: 6, column });
    }
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(16383)]).toEqual(["A", "Z", "AA", "XFD"]);
  });
});
