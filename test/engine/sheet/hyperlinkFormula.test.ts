import { hyperlinkFormula } from "../../../src/engine";

describe("links to cells", () => {
  it("is a HYPERLINK formula to the cell inside the workbook", () => {
    expect(hyperlinkFormula({ cell: "F20", value: { text: "Plan row 17" }, link: { sheet: "Plan", cell: "A17" } })).toBe('HYPERLINK("#Plan!A17","Plan row 17")');
  });

  it("quotes a sheet name with spaces and keeps any quote in the user's words inside the string", () => {
    const formula = hyperlinkFormula({ cell: "A1", value: { text: 'Bob\'s "plan"!I3' }, link: { sheet: 'Bob\'s "plan"', cell: "I3" } });
    expect(formula).toBe('HYPERLINK("#\'Bob\'\'s ""plan""\'!I3","Bob\'s ""plan""!I3")');
  });
});
