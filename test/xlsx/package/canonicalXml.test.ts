import { canonicalXml } from "../../../src/xlsx/package/canonicalXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

// the end of the styles part Excel writes: its extensions declare their own namespaces where they are used
const excelStyles =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts>` +
  `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="${X14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>`;

describe("a part is read in the form Excel writes", () => {
  it("keeps a part Excel wrote exactly as it is, its extensions' own namespaces included", () => {
    expect(canonicalXml(excelStyles, "xl/styles.xml")).toBe(excelStyles);
  });

  it("rewrites a part that declares a namespace the readers match below the root", () => {
    const workbook = `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const read = canonicalXml(workbook, "xl/workbook.xml");
    expect(read).toMatch(new RegExp(`^<workbook xmlns="${MAIN}" xmlns:r="${REL}">`));
    expect(read).toContain('<sheet name="Plan" sheetId="1" r:id="rId1"/>');
  });

  it("rewrites a part whose extension takes a prefix the readers match for another namespace", () => {
    const styles = excelStyles.replace(`xmlns:x14="${X14}"><x14:slicerStyles`, `xmlns:r="${X14}"><r:slicerStyles`);
    const read = canonicalXml(styles, "xl/styles.xml");
    expect(read).not.toBe(styles);
    expect(read).not.toContain(`xmlns:r="${X14}"`);
  });

  it("rewrites a part that changes the default namespace below the root", () => {
    const styles = excelStyles.replace(`xmlns:x14="${X14}"><x14:slicerStyles`, `xmlns="${X14}"><slicerStyles`);
    expect(canonicalXml(styles, "xl/styles.xml")).not.toBe(styles);
  });
});
