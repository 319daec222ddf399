import { dayFirst, parseDayFirst } from "../../../src/engine";

describe("dates typed day first, as a manager in the UK types them", () => {
  it.each([
    ["31/01/2020", "2020-01-31"],
    ["1/2/2020", "2020-02-01"],
    ["31-01-2020", "2020-01-31"],
    ["31.01.2020", "2020-01-31"],
    ["31 January 2020", "2020-01-31"],
    ["31 Jan 2020", "2020-01-31"],
    ["2020-01-31", "2020-01-31"],
    [" 01/12/19 ", "2019-12-01"],
  ])("reads %s as %s", (typed, iso) => {
    expect(parseDayFirst(typed)).toBe(iso);
  });

  it.each(["01/31/2020", "31/02/2020", "soon", ""])("refuses %s, which is no day-first date", (typed) => {
    expect(parseDayFirst(typed)).toBeNull();
  });

  it("shows a date day first, with leading zeros", () => {
    expect(dayFirst("2020-01-05")).toBe("05/01/2020");
  });
});
