import { StyleSheet } from "../../../src/xlsx/package/styleSheet";
import { childrenOf } from "../../../src/xlsx/package/xmlText";

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFF0000"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="17" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs>` +
  `<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
  `</styleSheet>`;

const formats = (xml: string) => childrenOf(xml, "cellXfs", "xf")!.elements;
const fonts = (xml: string) => childrenOf(xml, "fonts", "font")!.elements;
const fills = (xml: string) => childrenOf(xml, "fills", "fill")!.elements;

describe("cell formats made for the add-in's looks", () => {
  it("makes a new format from the cell's own, keeping its number format, and leaves the old one for the cells sharing it", () => {
    const styles = new StyleSheet(STYLES);
    const red = styles.withLook(1, { fill: "C00000", font: "FFFFFF" });
    expect(red).toBe(3);
    const xml = styles.toXml();
    expect(formats(xml)[1]).toBe(formats(STYLES)[1]);
    expect(formats(xml)[3]).toContain(`numFmtId="17"`);
    expect(fills(xml)[Number(/fillId="(\d+)"/.exec(formats(xml)[3]!)![1])]).toBe(
      `<fill><patternFill patternType="solid"><fgColor rgb="FFC00000"/><bgColor indexed="64"/></patternFill></fill>`,
    );
    expect(fonts(xml)[Number(/fontId="(\d+)"/.exec(formats(xml)[3]!)![1])]).toBe(`<font><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>`);
    expect(xml).toContain(`<cellXfs count="4">`);
  });

  it("makes one format per old format and look, however many cells take it", () => {
    const styles = new StyleSheet(STYLES);
    const look = { fill: "00B050", font: "000000" };
    expect(styles.withLook(0, look)).toBe(styles.withLook(0, { ...look }));
    expect(styles.withLook(1, look)).not.toBe(styles.withLook(0, look));
    expect(formats(styles.toXml())).toHaveLength(5);
  });

  it("sets the alignment in place of the cell's own and leaves differential formats (conditional formatting) alone", () => {
    const styles = new StyleSheet(STYLES);
    const top = styles.withLook(2, undefined, { vertical: "top", wrapText: true });
    const xml = styles.toXml();
    expect(formats(xml)[top]).toMatch(/<xf [^>]*applyAlignment="1"><alignment vertical="top" wrapText="1"\/><\/xf>/);
    expect(xml).toContain(`<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font>`);
  });

  it("takes off the text colour and bold the add-in put on, and a cell left showing nothing goes back to the default format", () => {
    const styles = new StyleSheet(STYLES);
    const flagged = styles.withLook(0, { font: "9C0006", bold: true });
    expect(styles.cleared(flagged)).toBe(0);
    const userRed = styles.cleared(2);
    expect(userRed).not.toBe(0);
    expect(fonts(styles.toXml())[Number(/fontId="(\d+)"/.exec(formats(styles.toXml())[userRed]!)![1])]).toBe(`<font><sz val="11"/><name val="Calibri"/></font>`);
  });

  it("gives the workbook back unchanged when nothing was made", () => {
    const styles = new StyleSheet(STYLES);
    expect(styles.withLook(0, undefined)).toBe(0);
    expect(styles.toXml()).toBe(STYLES);
  });
});
