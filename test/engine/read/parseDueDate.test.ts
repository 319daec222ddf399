import { dayToSerial } from "../../../src/engine";
import { dateToSerial } from "../../../src/engine/sheet/excelDate";
import { parseDueDate } from "../../../src/engine/read/parseDueDate";

const due = (value: string | number, format?: string) => parseDueDate({ value, ...(format ? { format } : {}) });

describe("parsing a due date", () => {
  it.each([
    ["Oct-19", "2019-10-31"],
    ["Oct 19", "2019-10-31"],
    ["oct-19", "2019-10-31"],
    ["Sept 2019", "2019-09-30"],
    ["Sep 2019", "2019-09-30"],
    ["October 2019", "2019-10-31"],
    ["Feb-20", "2020-02-29"],
  ])("reads the month %p as the end of that month", (text, iso) => {
    expect(due(text)).toEqual({ kind: "date", iso, shown: text });
  });

  it("reads 31/10/2019 day-first, as in the UK", () => {
    expect(due("31/10/2019")).toMatchObject({ iso: "2019-10-31" });
    expect(due("01/02/2020")).toMatchObject({ iso: "2020-02-01" });
  });

  it("reads a two-digit year in a day-first date", () => {
    expect(due("1/2/20")).toMatchObject({ iso: "2020-02-01" });
  });

  it("reads an ISO date", () => {
    expect(due("2019-10-31")).toMatchObject({ iso: "2019-10-31" });
  });

  it("reads an Excel date serial formatted as a day", () => {
    expect(due(43769, "dd/mm/yyyy")).toEqual({ kind: "date", iso: "2019-10-31", shown: "31/10/2019" });
  });

  it("reads an Excel date formatted mmm-yy as the end of that month, as Excel stores a typed 'Oct-19'", () => {
    expect(due(43739, "mmm-yy")).toEqual({ kind: "date", iso: "2019-10-31", shown: "Oct-19" });
  });

  it("reads a plain serial with no format as a date", () => {
    expect(due(43769)).toMatchObject({ kind: "date", iso: "2019-10-31" });
  });

  it.each(["on-going", "ongoing", "Ongoing", "n/a", "N/A", "tbc", "TBC"])("reads %p as no date", (text) => {
    expect(due(text)).toEqual({ kind: "none", shown: text });
  });

  it("reads a blank cell as missing", () => {
    expect(parseDueDate(undefined)).toEqual({ kind: "missing" });
    expect(due("  ")).toEqual({ kind: "missing" });
  });

  it.each(["soon", "Q3", "31/13/2019", "next year"])("cannot read %p", (text) => {
    expect(due(text)).toEqual({ kind: "unreadable", shown: text });
  });

  it("does not take a small number for a date", () => {
    expect(due(5)).toEqual({ kind: "unreadable", shown: "5" });
    expect(due(2.5, "0.0")).toEqual({ kind: "unreadable", shown: "2.5" });
  });

  it("reports an error value as unreadable", () => {
    expect(parseDueDate({ value: null, error: "#N/A" })).toEqual({ kind: "unreadable", shown: "#N/A" });
  });
});

describe("a calendar day as an Excel serial", () => {
  it("counts days as dateToSerial does for the local midnight, across summer time and leap years", () => {
    for (const [year, month, day] of [
      [1900, 2, 1],
      [2019, 2, 31],
      [2019, 9, 27],
      [2020, 1, 29],
      [2020, 2, 29],
      [2024, 11, 31],
      [2099, 5, 15],
    ] as const) {
      expect(dayToSerial(year, month, day)).toBe(dateToSerial(new Date(year, month, day)));
    }
    expect(dayToSerial(2020, 0, 31)).toBe(43861);
  });
});

describe("due dates as real trackers write them", () => {
  it.each([
    ["2025-09-18 (Thursday)", "2025-09-18"],
    ["Thursday 18 September 2025", "2025-09-18"],
    ["Thu, 18 Sep 2025", "2025-09-18"],
    ["18 Sep 2025", "2025-09-18"],
    ["18-Sep-25", "2025-09-18"],
    ["2025-09-18T00:00:00", "2025-09-18"],
    ["2025-09-18 09:30:00", "2025-09-18"],
    ["2025-09-18T00:00:00.000Z", "2025-09-18"],
  ])("reads %s as %s", (text, iso) => {
    expect(due(text)).toMatchObject({ kind: "date", iso });
  });

  it("reads a placeholder date in 1900 or 1901 as no date, written or as a serial", () => {
    expect(due("01/01/1900")).toMatchObject({ kind: "none" });
    expect(due("31/12/1901")).toMatchObject({ kind: "none" });
    expect(due(0, "dd/mm/yyyy")).toMatchObject({ kind: "none" });
    expect(due(1, "dd/mm/yyyy")).toMatchObject({ kind: "none" });
  });
});

describe("a date written month first", () => {
  it("reads 09/18/2025, which has no 18th month, month first, and marks it so", () => {
    expect(due("09/18/2025")).toEqual({ kind: "date", iso: "2025-09-18", shown: "09/18/2025", monthFirst: true });
  });

  it("never swaps a date that reads day first: 09/10/2025 is 9 October", () => {
    expect(due("09/10/2025")).toEqual({ kind: "date", iso: "2025-10-09", shown: "09/10/2025" });
  });
});
