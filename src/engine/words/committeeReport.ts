import { COUNTS_LEAD, countParts } from "./committeeSentence";
import { KEY_ACTIONS_LEAD, ParagraphBlock, paragraphBlocks } from "./committeeParagraph";
import { tasks } from "./messages";
import { measuredAgainst, sinceWhen } from "./sinceWords";
import { longDate } from "../sheet/excelDate";
import { ActionEntry, Changes, Counts, Report, SectionCounts } from "../model/report";
import { DEFAULT_SECTIONS, ReportDetails } from "../model/settings";
import { STATUSES } from "../model/status";

/** A piece of text in the report, or a marked gap for the manager to fill: never a detail the plan does not give. */
export interface ReportText {
  text: string;
  /** Set for a gap: `text` then says what belongs there. */
  placeholder?: true;
}

export type ReportBlock =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; parts: ReportText[] }
  | { kind: "bullets"; items: string[] }
  | { kind: "sectionTable"; sections: SectionCounts[]; totals: Counts }
  | { kind: "sectionChart"; sections: SectionCounts[] };

/** One cell of the header table: "Report of:" and who. */
export interface HeaderCell {
  label: string;
  value: ReportText;
}

/**
 * The committee report as the seeds write it, in words and numbers, with no
 * layout: the header table, the body in order, and the plan as Appendix 1.
 * The Word adapter lays it out; the pane and the command line build the
 * same one from the same report.
 */
export interface CommitteeReport {
  /** The header table's rows, each a left and a right cell. */
  header: Array<[HeaderCell, HeaderCell]>;
  body: ReportBlock[];
  appendix: {
    title: string;
    asAt: string;
    /** The plan's header block as it writes it (its name, duration, sources, people): the real Appendix 1 opens with it. */
    details: Array<{ label: string; value: string }>;
    /** The plan's columns a reader needs, in the plans' order of roles: only those the plan has. */
    columns: AppendixColumn[];
    actions: ActionEntry[];
  };
}

/** The columns Appendix 1 can carry, in their order; the status is always last. */
export const APPENDIX_ROLES = ["section", "ref", "aim", "action", "measure", "due", "lead", "comments"] as const;
export type AppendixColumn = (typeof APPENDIX_ROLES)[number];

/** The BRAG definitions as the reports give them. */
export const BRAG_DEFINITIONS =
  "The actions are 'BRAG' rated, with blue meaning fully completed, red meaning 'fully stuck', amber meaning 'more work needed or resolvable issue in sight', and green meaning 'in progress, no barriers to continuing'.";

/** For a plan rated red, amber and green only (the 2017 Ofsted action plan's report): the same words, without blue. */
export const RAG_DEFINITIONS =
  "The actions are 'RAG' rated, with red meaning 'fully stuck', amber meaning 'more work needed or resolvable issue in sight', and green meaning 'in progress, no barriers to continuing'.";

/**
 * A plan is rated RAG when nothing in it is blue and its status column says
 * RAG, not BRAG: a BRAG plan with nothing completed yet keeps its blue.
 */
export function ratedRagOnly(report: Report): boolean {
  if (report.totals.blue > 0 || report.plans.length === 0) return false;
  return report.plans.every((plan) => {
    const label = plan.columns?.find((column) => column.role === "status")?.label ?? "";
    return /\bRAG\b/i.test(label) && !/\bB\s*RAG\b|blue/i.test(label);
  });
}

const known = (text: string | undefined | null): text is string => typeof text === "string" && text.trim() !== "";
const said = (text: string): ReportText => ({ text });
const gap = (what: string): ReportText => ({ text: `[To complete: ${what}]`, placeholder: true });
const filled = (text: string | undefined | null, what: string): ReportText => (known(text) ? said(text.trim()) : gap(what));
const paragraph = (...parts: ReportText[]): ReportBlock => ({ kind: "paragraph", parts });

/** The blocks of the committee paragraph, laid out as the report's lines and lists. */
function fromParagraph(block: ParagraphBlock | undefined): ReportBlock[] {
  if (!block) return [];
  const lines: ReportBlock[] = block.lines.map((line) => paragraph(said(line)));
  return block.bullets.length > 0 ? [...lines, { kind: "bullets", items: block.bullets }] : lines;
}

/**
 * The committee report drafted from a refresh's report and the details the
 * manager saved: every sentence from the same place the pasted paragraph and
 * the summary sheet take it, every gap marked.
 */
export function committeeReport(report: Report, details: ReportDetails = {}): CommitteeReport {
  const first = report.plans[0];
  const title = report.plans.length > 0 ? report.plans.map((plan) => plan.title).join(" and ") : "the service improvement plan";
  // the subject is the plan's own name; a sheet's name ("Action Plan", "Tracker") is left for the author to give
  const named = report.plans.length > 0 && report.plans.every((plan) => known(plan.subject));
  const subject = named ? said(report.plans.map((plan) => plan.subject).join(" and ")) : gap("the plan's name");
  const rag = ratedRagOnly(report);
  const include = { ...DEFAULT_SECTIONS, ...details.include };
  // a plan with no blue anywhere (rated RAG, or keyed without blue) has none to count: "0 tasks marked blue" would read as none completed
  const noBlue = rag || (report.key !== undefined && report.key.meanings.blue === undefined && report.totals.blue === 0);
  const period = first?.period;
  const asAt = longDate(report.asAt);
  const blocks = paragraphBlocks(report.totals, report.actions, report.changes, report.asAt);
  const part = (name: ParagraphBlock["part"]) => blocks.find((block) => block.part === name);

  const header: CommitteeReport["header"] = [
    [
      { label: "Committee(s):", value: filled(details.committee, "the committee") },
      { label: "Dated:", value: filled(details.dated, "the committee's date") },
    ],
    [
      { label: "Subject:", value: subject },
      { label: "", value: said("Public") },
    ],
    [
      { label: "Report of:", value: filled(details.reportOf, "whose report this is") },
      { label: "", value: said("For Information") },
    ],
    [
      { label: "Report author:", value: filled(details.author, "the report's author") },
      { label: "", value: said("") },
    ],
  ];

  // the header block's words as they stand, each in a sentence of its own: "Service Manager … - Rachel Green" reads as a name, not as part of a clause
  const ownership = [first?.owner ? `The plan's owner is ${first.owner.trim().replace(/[.;,]+$/, "")}.` : "", first?.board ? `It is monitored by ${first.board.trim().replace(/[.;,]+$/, "")}.` : ""].filter(Boolean);
  const since = report.changes ? ` It reports the progress made since ${sinceWhen(report.changes)}${basisOf(report.changes)}.` : "";
  const body: ReportBlock[] = [
    { kind: "heading", text: "Summary" },
    paragraph(said(`This report updates members on the ${title}${period ? ` (${period})` : ""}, as at ${asAt}.${since}`)),
    ...(ownership.length > 0 ? [paragraph(said(ownership.join(" ")))] : []),
    paragraph(gap("the plan's background: where its actions came from, and what members should know first.")),
    { kind: "heading", text: "Recommendation(s)" },
    paragraph(said("Members are asked to:")),
    { kind: "bullets", items: ["Note the report."] },
    { kind: "heading", text: "Main report" },
    paragraph(said(definitionsOf(report, details, rag))),
    paragraph(said(COUNTS_LEAD)),
    { kind: "bullets", items: countParts(report.totals).filter((line) => !(noBlue && / marked blue$/.test(line))) },
    paragraph(said(`By section, as at ${asAt}:`)),
    { kind: "sectionTable", sections: report.sections, totals: report.totals },
    ...(include.chart ? [{ kind: "sectionChart", sections: report.sections } as const] : []),
    { kind: "subheading", text: "Key achievements in the last quarter" },
    // with nothing to compare with, a gap for the author: the committee's copy holds no instruction to the user
    ...(report.changes ? fromParagraph(part("achievements")) : [paragraph(gap(NO_EARLIER_REFRESH))]),
    ...fromParagraph(part("movement")),
    ...(include.stuckAndLate && (part("red") || part("overdue"))
      ? [{ kind: "subheading", text: "Stuck and late" } as const, ...fromParagraph(part("red")), ...fromParagraph(part("overdue"))]
      : []),
    // the subheading says what the pasted paragraph's lead line says: not twice
    ...(include.keyActions ? [{ kind: "subheading", text: "Key actions for the next quarter" } as const, ...fromParagraph(withoutLead(part("keyActions")))] : []),
    { kind: "heading", text: "Conclusion" },
    paragraph(said(conclusion(report.totals))),
    paragraph(gap("the service's own conclusion for members.")),
    { kind: "heading", text: "Appendices" },
    paragraph(said(`Appendix 1 – ${title}, as at ${asAt}`)),
    paragraph(filled(details.author, "the author's name and role")),
    paragraph(filled(details.contact, "the author's telephone and email")),
  ];
  return { header, body, appendix: { title: `Appendix 1 – ${title}`, asAt, details: appendixDetails(report), columns: appendixColumns(report), actions: report.actions } };
}

/**
 * What each status means: the author's own words where the details give them, else the plan's key in its
 * words, else the seeds' wording (without blue for a plan rated RAG).
 */
export function statusDefinitions(report: Report, details: ReportDetails = {}): string {
  return definitionsOf(report, details, ratedRagOnly(report));
}

function definitionsOf(report: Report, details: ReportDetails, rag: boolean): string {
  if (known(details.definitions)) return details.definitions.trim();
  const key = report.key?.meanings;
  if (!key) return rag ? RAG_DEFINITIONS : BRAG_DEFINITIONS;
  const keyed = STATUSES.filter((status) => key[status] !== undefined);
  const meanings = keyed.map((status) => `${status} meaning '${asWritten(key[status] as string)}'`);
  const listed = meanings.length > 1 ? `${meanings.slice(0, -1).join(", ")}, and ${meanings[meanings.length - 1]}` : meanings.join("");
  return `The actions are '${keyed.includes("blue") ? "BRAG" : "RAG"}' rated, with ${listed}.`;
}

// "Off track" reads as "off track" mid-sentence; "NHS led" keeps its capitals
const asWritten = (meaning: string) => (/^[A-Z][a-z]/.test(meaning) ? meaning.charAt(0).toLowerCase() + meaning.slice(1) : meaning);

/** The columns the plans have, of those a reader needs; every one when the plans do not say (a report read from JSON of an older version). */
function appendixColumns(report: Report): AppendixColumn[] {
  const roles = new Set(report.plans.flatMap((plan) => (plan.columns ?? []).map((column) => column.role)));
  if (roles.size === 0) return [...APPENDIX_ROLES];
  return APPENDIX_ROLES.filter((role) => roles.has(role) || role === "action" || role === "section");
}

/** The header block's lines, each once, however many plans share it. */
function appendixDetails(report: Report): Array<{ label: string; value: string }> {
  const seen = new Set<string>();
  return report.plans.flatMap((plan) => plan.details ?? []).filter(({ label, value }) => !seen.has(`${label}\u0000${value}`) && seen.add(`${label}\u0000${value}`));
}

function withoutLead(block: ParagraphBlock | undefined): ParagraphBlock | undefined {
  if (!block) return block;
  const lines = block.lines.map((line) => (line.startsWith(KEY_ACTIONS_LEAD) ? line.slice(KEY_ACTIONS_LEAD.length).trim() : line)).filter(Boolean);
  return { ...block, lines: lines.map((line) => line.charAt(0).toUpperCase() + line.slice(1)) };
}

/** ", measured against the plan's own Q2 ratings (column E), …": what "since" means when it is not a kept refresh. */
function basisOf(changes: Changes): string {
  const basis = measuredAgainst(changes);
  return basis ? `, measured against ${basis}` : "";
}

const NO_EARLIER_REFRESH = "the key achievements since the last report (the workbook keeps no earlier refresh to list them from)";

function conclusion(totals: Counts): string {
  if (totals.total === 0) return "The plan holds no actions yet.";
  return `Of the plan's ${tasks(totals.total)}, ${totals.blue} ${totals.blue === 1 ? "is" : "are"} fully completed and ${totals.red} ${totals.red === 1 ? "is" : "are"} fully stuck.`;
}
