import { CellRewrite, CellXml, SheetCellEdits } from "../../../src/xlsx/package/sheetCells";

const sheet = (sheetData: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/>${sheetData}<pageMargins left="0.7"/></worksheet>`;
const text = (value: string): CellRewrite => () => ({ style: 0, type: "inlineStr", inner: `<is><t>${value}</t></is>`, extra: "" });
const restyle = (style: number): CellRewrite => (cell) => ({ ...(cell ?? { inner: "", extra: "" }), style });

describe("editing a worksheet's cells in place", () => {
  const original = sheet(
    `<sheetData>` +
      `<row r="1" spans="1:3" ht="30" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><f>SUM(A2:A3)</f><v>3</v></c></row>` +
      `<row r="2" spans="1:3"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><r><rPr><b/></rPr><t>rich</t></r></is></c></row>` +
      `<row r="3" spans="1:3" hidden="1"><c r="A3" s="1" cm="1"><v>2</v></c></row>` +
      `</sheetData>`,
  );

  it("copies every row and cell nobody edits exactly as it was, whatever it holds", () => {
    const edits = new SheetCellEdits();
    edits.edit("D3", text("flag"));
    const edited = edits.apply(original);
    expect(edited.slice(0, edited.indexOf('<row r="3"'))).toBe(original.slice(0, original.indexOf('<row r="3"')));
    expect(edited).toContain(`<c r="A3" s="1" cm="1"><v>2</v></c>`);
    expect(edited.endsWith(`</sheetData><pageMargins left="0.7"/></worksheet>`)).toBe(true);
  });

  it("puts new cells in column order among the row's cells, and new rows in row order", () => {
    const edits = new SheetCellEdits();
    edits.edit("B1", text("between"));
    edits.edit("D1", text("after"));
    edits.edit("A5", text("new row"));
    edits.edit("B4", text("row between"));
    const edited = edits.apply(original);
    expect(edited).toContain(
      `<row r="1" ht="30" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>between</t></is></c><c r="C1" s="2"><f>SUM(A2:A3)</f><v>3</v></c><c r="D1" t="inlineStr"><is><t>after</t></is></c></row>`,
    );
    expect(edited).toMatch(/<row r="3" spans="1:3" hidden="1">.*<\/row><row r="4"><c r="B4" t="inlineStr"><is><t>row between<\/t><\/is><\/c><\/row><row r="5"><c r="A5"/);
  });

  it("gives an edit the cell as it is, keeping its value and other attributes when only the format changes", () => {
    const seen: Array<CellXml | null> = [];
    const edits = new SheetCellEdits();
    edits.edit("A3", (cell) => {
      seen.push(cell);
      return restyle(7)(cell);
    });
    edits.edit("E2", (cell) => {
      seen.push(cell);
      return null;
    });
    const edited = edits.apply(original);
    // rows in order: E2 (absent) before A3
    expect(seen).toEqual([null, { style: 1, inner: "<v>2</v>", extra: ` cm="1"` }]);
    expect(edited).toContain(`<c r="A3" s="7" cm="1"><v>2</v></c>`);
  });

  it("applies a second edit of the same cell to what the first made", () => {
    const edits = new SheetCellEdits();
    edits.edit("A2", text("first"));
    edits.edit("A2", restyle(4));
    expect(edits.apply(original)).toContain(`<c r="A2" s="4" t="inlineStr"><is><t>first</t></is></c>`);
  });

  it("removes a cell whose edit leaves nothing, and a row left with nothing", () => {
    const edits = new SheetCellEdits();
    edits.edit("A3", () => null);
    const edited = edits.apply(original);
    expect(edited).toContain(`<row r="3" hidden="1"></row>`);
    const plain = new SheetCellEdits();
    plain.edit("A2", () => null);
    plain.edit("B2", () => null);
    expect(plain.apply(original)).not.toContain(`<row r="2"`);
  });

  it("fills a sheet with no rows at all", () => {
    const edits = new SheetCellEdits();
    edits.edit("A1", text("first"));
    expect(edits.apply(sheet("<sheetData/>"))).toContain(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row></sheetData>`);
  });
});
