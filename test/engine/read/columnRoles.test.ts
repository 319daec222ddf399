import { roleOfLabel } from "../../../src/engine/read/columnRoles";

describe("recognising column labels", () => {
  it.each([
    ["Section", "section"],
    ["Theme", "section"],
    ["Priority", "section"],
    ["Work stream", "section"],
    ["Ref", "ref"],
    ["No.", "ref"],
    ["#", "ref"],
    ["Aim", "aim"],
    ["Objective", "aim"],
    ["Specific aim:", "aim"],
    ["Area for development", "aim"],
    ["Recommendation", "aim"],
    ["Action", "action"],
    ["What we will do", "action"],
    ["Measure/outcome:", "measure"],
    ["Success measure", "measure"],
    ["How we will know", "measure"],
    ["Due", "due"],
    ["Deadline", "due"],
    ["Target date", "due"],
    ["By when", "due"],
    ["Lead", "lead"],
    ["Owner", "lead"],
    ["Responsible officer", "lead"],
    ["Comments:", "comments"],
    ["Progress", "comments"],
    ["Update", "comments"],
    ["Commentary", "comments"],
    ["Status", "status"],
    ["RAG", "status"],
    ["BRAG", "status"],
    ["Rating", "status"],
  ])("reads %p as the %s column", (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
  });

  it("ignores case, colons and line breaks", () => {
    expect(roleOfLabel("SPECIFIC\nAIM:")).toBe("aim");
    expect(roleOfLabel("  due date : ")).toBe("due");
  });

  it("does not take a sentence for a label", () => {
    expect(roleOfLabel("No new referrals from the school.")).toBeNull();
    expect(roleOfLabel("Green")).toBeNull();
  });
});
