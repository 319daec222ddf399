import { financialYear, parsePeriod, readHeaderBlock } from "../../../src/engine/read/headerBlock";
import { SheetGrid } from "../../../src/engine/sheet/sheetGrid";
import { sheet } from "../../support/snapshotBuilder";

describe("reading the plan's header block", () => {
  const grid = new SheetGrid(
    sheet("Plan", [
      [],
      ["Name:", "Children's Social Care and Early Help Service Development Plan"],
      ["Duration:", "April 2019-March 2020"],
      ["Board responsible for monitoring action plan:", "Safeguarding Sub Committee/CSMT/DLT"],
      ["Owner:", "Service Manager - Rachel Green"],
      ["People involved in delivering the plan:", "Rachel Green Heather Smith Amanda Morres Sadie Carnegie", "RG HS AM SC", "Service Manager"],
    ]),
  );
  const block = readHeaderBlock(grid, 0, 5);

  it("takes the plan's name as its title", () => {
    expect(block.title).toBe("Children's Social Care and Early Help Service Development Plan");
  });

  it("takes the plan's period from its duration", () => {
    expect(block.period).toMatchObject({ start: "2019-04-01", end: "2020-03-31" });
  });

  it("takes the initials of the people named, not their names", () => {
    expect(block.initials).toEqual(["RG", "HS", "AM", "SC"]);
  });

  it("takes the plan's owner and the board that monitors it, as written, for the committee report's header", () => {
    expect(block.owner).toBe("Service Manager - Rachel Green");
    expect(block.board).toBe("Safeguarding Sub Committee/CSMT/DLT");
  });
});

describe("a plan's header block is the rows just above its table", () => {
  it("does not take a period from dates of something else higher on the sheet, past a gap of empty rows", () => {
    const grid = new SheetGrid(
      sheet("Budget", [
        ["Period:", "2010-11"],
        ["Spend", 1200],
        [],
        [],
        ["Name:", "Improvement plan"],
        [],
      ]),
    );
    expect(readHeaderBlock(grid, 0, 5)).toEqual({ title: "Improvement plan", heading: null, period: null, initials: [], owner: null, board: null, lines: [{ label: "Name", value: "Improvement plan" }] });
  });

  it("reads a block with a blank row inside it", () => {
    const grid = new SheetGrid(sheet("Plan", [["Duration:", "2019-20"], [], ["Name:", "Improvement plan"], []]));
    expect(readHeaderBlock(grid, 0, 3)).toMatchObject({ title: "Improvement plan", period: { start: "2019-04-01" } });
  });
});

describe("reading a plan period", () => {
  it.each([
    ["April 2019-March 2020", "2019-04-01", "2020-03-31"],
    ["Apr-19 to Mar-20", "2019-04-01", "2020-03-31"],
    ["01/04/2019 - 31/03/2020", "2019-04-01", "2020-03-31"],
    ["2019-20", "2019-04-01", "2020-03-31"],
    ["2019/2020", "2019-04-01", "2020-03-31"],
  ])("reads %p", (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end });
  });

  it("reads nothing from text with no period", () => {
    expect(parsePeriod("Quarterly")).toBeNull();
    expect(financialYear("Plan 2019-2021")).toBeNull();
  });
});
