import { DEFAULT_VOCABULARY } from "../../../src/engine/model/status";
import { normaliseStatusText } from "../../../src/engine/read/normaliseStatus";

const read = (text: string) => normaliseStatusText(text, DEFAULT_VOCABULARY);

describe("normalising a status", () => {
  it.each(["Green", "green", "GREEN", "Green ", " green\n", "G", "g"])("reads %p as green", (text) => {
    expect(read(text)).toEqual({ status: "green", source: "text" });
  });

  it.each(["Completed", "Complete", "complete", "Done", "Blue", "blue", "B"])("reads %p as blue", (text) => {
    expect(read(text).status).toBe("blue");
  });

  it("reads Amber, A, Red and R", () => {
    expect([read("Amber").status, read("A").status, read("Red").status, read("R").status]).toEqual(["amber", "amber", "red", "red"]);
  });

  it("reads a status followed by a note, such as 'Green - on track'", () => {
    expect(read("Green - on track").status).toBe("green");
    expect(read("Amber (awaiting data)").status).toBe("amber");
  });

  it("matches a whole word, never a substring: 'Not green' and 'Greenwich' are not green", () => {
    expect(read("Not green")).toEqual({ status: "unrated", source: "unknown" });
    expect(read("Greenwich")).toEqual({ status: "unrated", source: "unknown" });
    expect(read("Reddish")).toEqual({ status: "unrated", source: "unknown" });
  });

  it("does not read a sentence starting with 'A' as amber", () => {
    expect(read("A new approach").status).toBe("unrated");
  });

  it("calls a status naming two colours ambiguous, in words or in letters, so each gets the same message", () => {
    for (const text of ["Amber/Green", "G/A", "A / G", "R-A", "B&G"]) expect([text, read(text)]).toEqual([text, { status: "unrated", source: "ambiguous" }]);
    // one colour written twice is that colour
    expect(read("G/G")).toEqual({ status: "green", source: "text" });
  });

  it("reports an empty cell as missing", () => {
    expect(read("   ")).toEqual({ status: "unrated", source: "missing" });
  });

  it("uses a workbook's own vocabulary", () => {
    const vocabulary = { ...DEFAULT_VOCABULARY, "on hold": "red" as const, "in progress": "green" as const };
    expect(normaliseStatusText("On hold", vocabulary).status).toBe("red");
    expect(normaliseStatusText("In Progress", vocabulary).status).toBe("green");
  });

  it("reads a RAG-only vocabulary without blue", () => {
    const rag = { red: "red" as const, amber: "amber" as const, green: "green" as const };
    expect(normaliseStatusText("Blue", rag).status).toBe("unrated");
    expect(normaliseStatusText("Green", rag).status).toBe("green");
  });
});

describe("the status words of real project trackers", () => {
  it.each([
    ["Complete", "blue"],
    ["Completed", "blue"],
    ["Done", "blue"],
    ["Closed", "blue"],
    ["Delivered", "blue"],
    ["Achieved", "blue"],
    ["Met", "blue"],
    ["Off track", "red"],
    ["Blocked", "red"],
    ["Overdue", "red"],
    ["Escalated", "red"],
    ["At risk", "amber"],
    ["Delayed", "amber"],
    ["Behind", "amber"],
    ["Change is needed", "amber"],
    ["In progress", "green"],
    ["In Progress", "green"],
    ["Ongoing", "green"],
    ["On track", "green"],
  ])("reads %s as %s", (text, status) => {
    expect(normaliseStatusText(text, DEFAULT_VOCABULARY).status).toBe(status);
  });
});

describe("the not started group", () => {
  it.each(["Not started", "Open", "Planned", "Planning", "To do", "Upcoming", "On hold", "Deferred", "TBC"])("reads %s as not started: no BRAG status yet, and no mistake", (text) => {
    expect(normaliseStatusText(text, DEFAULT_VOCABULARY)).toEqual({ status: "notStarted", source: "text" });
  });
});
