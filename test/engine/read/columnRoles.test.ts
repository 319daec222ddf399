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

describe("recognising the labels of real project trackers", () => {
  it.each([
    ["RAG_Status", "status"],
    ["Current Status", "status"],
    ["Health", "status"],
    ["Planned_End", "due"],
    ["End Date", "due"],
    ["Finish Date", "due"],
    ["Target Resolution", "due"],
    ["Required By", "due"],
    ["Live Date", "due"],
    ["PLANNER BUCKET", "section"],
    ["Category", "section"],
    ["Team", "section"],
    ["Workstream", "section"],
    ["Phase", "section"],
    ["Project", "section"],
    ["Bucket", "section"],
    ["Sprint", "section"],
    ["S.No", "ref"],
    ["ID", "ref"],
    ["Task ID", "ref"],
    ["Risk ID", "ref"],
    ["WBS ID", "ref"],
    ["Task Name", "action"],
    ["Task Description", "action"],
    ["Description", "action"],
    ["Milestone Name", "action"],
    ["Project Name", "action"],
    ["Recommended Action", "action"],
    ["Mitigation Action", "action"],
    ["Risk Description", "action"],
    ["Task Owner", "lead"],
    ["Risk Owner", "lead"],
    ["Assigned to", "lead"],
    ["Owner(s)", "lead"],
    ["Remarks", "comments"],
  ])("reads %s as %s", (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
  });

  it("takes no role from the first word of a longer tracker label, nor from a score on a scale", () => {
    // "Task Category" is not the action "Task": its last word says it groups the tasks
    expect(roleOfLabel("Task Category")).toBe("section");
    expect(roleOfLabel("Risk Level")).toBeNull();
    expect(roleOfLabel("Impact (1-5)")).toBeNull();
    expect(roleOfLabel("Likelihood (1–5)")).toBeNull();
  });

  it("reads a section's name that merely contains a tracker's word as no label", () => {
    expect(roleOfLabel("Health & Wellbeing")).toBeNull();
  });
});

