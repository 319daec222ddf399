import { fillColour, themeColours } from "../../src/xlsx/fillColour";

describe("reading a fill's colour", () => {
  const office = themeColours(undefined);

  it("reads an ARGB fill", () => {
    expect(fillColour({ type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } }, office)).toBe("92D050");
  });

  it("reads a theme colour of the Office theme when the workbook has none, with its tint", () => {
    expect(fillColour({ type: "pattern", pattern: "solid", fgColor: { theme: 7 } as never }, office)).toBe("FFC000");
    expect(fillColour({ type: "pattern", pattern: "solid", fgColor: { theme: 9, tint: -0.5 } as never }, office)).toBe("385724");
  });

  it("reads the workbook's own theme", () => {
    const xml = '<a:theme><a:clrScheme><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="123456"/></a:accent1></a:clrScheme></a:theme>';
    const theme = themeColours(xml);
    expect(theme.slice(0, 5)).toEqual(["FFFFFF", "000000", "EEECE1", "1F497D", "123456"]);
  });

  it("reads no colour from no fill, a 'none' pattern or a gradient", () => {
    expect(fillColour(undefined, office)).toBeNull();
    expect(fillColour({ type: "pattern", pattern: "none" }, office)).toBeNull();
    expect(fillColour({ type: "gradient", gradient: "angle", degree: 0, stops: [] }, office)).toBeNull();
  });
});
