import { PackageParts } from "./parts";
import { RELATIONSHIPS_NAMESPACE as REL, relationshipsOf, relsPathOf, resolvedTarget, withRelationship, withoutRelationships } from "./relationships";
import { attribute, childrenOf, escapeRegExp, escapeXml, unescapeXml } from "./xmlText";
import { UnhandledPackageError } from "../errors";
import { PACKAGE_LIMITS } from "./limits";
import { withContentType } from "./contentTypes";

const WORKBOOK = "xl/workbook.xml";
const PACKAGE_RELS = "_rels/.rels";
const TYPES = "[Content_Types].xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

interface Sheet {
  name: string;
  element: string;
  relationship: string;
}

/**
 * The workbook part with its relationships and the package's content types:
 * which sheets there are (in tab order), which part holds each, and the
 * defined names. Sheets are added at the end and removed with everything
 * that counted them by position.
 */
export class WorkbookXml {
  private sheets: Sheet[];
  private names: string[];

  private constructor(
    private readonly parts: PackageParts,
    /** Where the package keeps its workbook part: xl/workbook.xml in every package Excel writes, but the package's own relationships say. */
    readonly part: string,
    /** Whether the package is Strict Open XML, whose parts the readers read as Transitional (see canonicalXml). */
    readonly strict: boolean,
    private xml: string,
    private rels: string,
    private types: string,
  ) {
    if (!xml.includes(`xmlns="${MAIN}"`) || !/<workbook(?=[\s/>])/.test(xml)) throw new UnhandledPackageError(`${part} is not a SpreadsheetML workbook`);
    const sheets = childrenOf(xml, "sheets", "sheet");
    if (!sheets) throw new UnhandledPackageError("the workbook has no <sheets>");
    this.sheets = sheets.elements.map((element) => ({
      element,
      name: unescapeXml(attribute(element, "name") ?? ""),
      relationship: attribute(element, "r:id") ?? "",
    }));
    const long = this.sheets.find((sheet) => sheet.name.length > PACKAGE_LIMITS.sheetNameLength);
    // Excel allows 31 characters; a name thousands long is no sheet any spreadsheet wrote, and every message quoting it would be as long
    if (long) throw new UnhandledPackageError(`a sheet's name is ${long.name.length.toLocaleString("en-GB")} characters long, where Excel allows 31`, "damaged");
    this.names = childrenOf(xml, "definedNames", "definedName")?.elements ?? [];
  }

  static async read(parts: PackageParts): Promise<WorkbookXml> {
    const document = relationshipsOf(await parts.text(PACKAGE_RELS)).find((element) => attribute(element, "Type")?.endsWith("/officeDocument"));
    const part = document ? parts.nameOf(resolvedTarget("", attribute(document, "Target") ?? "")) : WORKBOOK;
    const strict = (attribute(document ?? "", "Type") ?? "").startsWith("http://purl.oclc.org/");
    const [xml, rels, types] = await Promise.all([parts.text(part), parts.text(relsPathOf(part)), parts.text(TYPES)]);
    if (!xml && !document) throw new UnhandledPackageError("the package holds no workbook", "not-a-workbook");
    if (!xml) throw new UnhandledPackageError(`the package has no workbook part (${part})`, "damaged");
    if (!types) throw new UnhandledPackageError("the package has no [Content_Types].xml");
    if (!rels) throw new UnhandledPackageError(`the workbook has no relationships part (${relsPathOf(part)})`);
    return new WorkbookXml(parts, part, strict, xml, rels, types);
  }

  /** Whether the package carries a VBA project, which only a macro-enabled file (.xlsm) may hold. */
  holdsMacros(): boolean {
    return /vbaProject|macroEnabled/.test(this.types);
  }

  /** A new part beside the workbook part, related to it as `kind` ("styles"), returning its path. */
  addRelatedPart(target: string, kind: string, contentType: string): string {
    const part = resolvedTarget(this.part, target);
    const ids = new Set(this.relationships().map((element) => attribute(element, "Id")));
    let id = `rIdBragTracker${kind}`;
    for (let n = 1; ids.has(id); n++) id = `rIdBragTracker${kind}${n}`;
    this.rels = withRelationship(this.rels, id, `${REL}/${kind}`, target);
    this.types = withContentType(this.types, part, contentType);
    return part;
  }

  /** The workbook's part of a kind ("styles", "theme", "sharedStrings"), found through its relationships. */
  relatedPart(kind: string): string | null {
    const target = this.relationships().find((element) => attribute(element, "Type")?.endsWith(`/${kind}`));
    return target ? this.partPath(attribute(target, "Target") ?? "") : null;
  }

  sheetPart(name: string): string | null {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) return null;
    const target = this.relationships().find((element) => attribute(element, "Id") === sheet.relationship);
    return target ? this.partPath(attribute(target, "Target") ?? "") : null;
  }

  /**
   * The sheets in tab order, with the state Excel shows them in ("hidden",
   * "veryHidden"; none means visible). An entry that names no part
   * (`<sheet name=" " r:id=""/>`, which Excel writes very hidden and
   * ignores) is no sheet.
   */
  sheetList(): Array<{ name: string; state?: string }> {
    return this.sheets.filter(({ relationship }) => relationship.trim() !== "").map(({ name, element }) => {
      const state = attribute(element, "state");
      return state === undefined ? { name } : { name, state };
    });
  }

  /** The defined names as written: name, the sheet index a local name belongs to, and its formula text. */
  definedNames(): Array<{ name: string; localSheetId?: number; text: string }> {
    return this.names.map((element) => {
      const local = attribute(element, "localSheetId");
      const text = unescapeXml(/>([\s\S]*)<\//.exec(element)?.[1] ?? "");
      const name = unescapeXml(attribute(element, "name") ?? "");
      return local === undefined ? { name, text } : { name, localSheetId: Number(local), text };
    });
  }

  /** Whether Review > Protect Workbook locks the structure: Excel then adds, deletes, hides and unhides no sheet. */
  structureLocked(): boolean {
    return structureLockedIn(this.xml);
  }

  /** Whether date serials count from 1904 (old Mac workbooks) rather than 1900. */
  dates1904(): boolean {
    const properties = /<workbookPr(?=[\s/>])([^>]*?)\/?>/.exec(this.xml)?.[1] ?? "";
    const value = attribute(properties, "date1904");
    return value === "1" || value === "true";
  }

  sheetIndex(name: string): number {
    return this.sheets.findIndex((sheet) => sheet.name === name);
  }

  /** A new worksheet after the last, returning its part. */
  addSheet(name: string, xml: string, state?: "veryHidden"): string {
    let number = this.sheets.length + 1;
    while (this.parts.has(resolvedTarget(this.part, `worksheets/sheet${number}.xml`))) number++;
    const part = resolvedTarget(this.part, `worksheets/sheet${number}.xml`);
    const ids = new Set(this.relationships().map((element) => attribute(element, "Id")));
    let relationship = `rIdBragTracker${number}`;
    for (let n = 1; ids.has(relationship); n++) relationship = `rIdBragTracker${number}_${n}`;
    const sheetId = Math.max(0, ...this.sheets.map((sheet) => Number(attribute(sheet.element, "sheetId") ?? 0))) + 1;
    const stateAttribute = state ? ` state="${state}"` : "";
    this.sheets.push({ name, relationship, element: `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${stateAttribute} r:id="${relationship}"/>` });
    this.rels = withRelationship(this.rels, relationship, `${REL}/worksheet`, `worksheets/sheet${number}.xml`);
    this.types = withContentType(this.types, part, WORKSHEET_TYPE);
    this.parts.set(part, xml);
    return part;
  }

  /** Takes a sheet out with its part, relationships and the names that belonged to it. */
  removeSheet(name: string, alsoRemove: (part: string) => boolean): void {
    const index = this.sheetIndex(name);
    if (index < 0) return;
    const part = this.sheetPart(name);
    const [sheet] = this.sheets.splice(index, 1) as [Sheet];
    this.rels = withoutRelationships(this.rels, new Set([sheet.relationship]));
    if (part) {
      for (const gone of [part, relsPathOf(part), ...this.parts.paths().filter(alsoRemove)]) this.removePart(gone);
    }
    this.names = this.names.flatMap((element) => {
      const local = attribute(element, "localSheetId");
      if (local === undefined || Number(local) < index) return [element];
      if (Number(local) === index) return [];
      return [element.replace(/localSheetId="\d+"/, `localSheetId="${Number(local) - 1}"`)];
    });
    this.xml = this.xml.replace(/<workbookView(?=[\s/>])[^>]*?\/?>/g, (view) =>
      ["activeTab", "firstSheet"].reduce((element, key) => {
        const value = Number(attribute(element, key) ?? 0);
        return value >= index && value > 0 ? element.replace(new RegExp(`${key}="\\d+"`), `${key}="${value === index ? 0 : value - 1}"`) : element;
      }, view),
    );
  }

  removePart(part: string): void {
    this.parts.remove(part);
    this.types = this.types.replace(new RegExp(`<Override\\b[^>]*?PartName="/${escapeRegExp(part)}"[^>]*?/>`), "");
  }

  /**
   * Excel rebuilds its calculation chain when there is none; a stale one
   * (naming a cell that no longer holds a formula, or a sheet gone) makes
   * it repair the file. A chain that only lacks the formulas added since
   * is not stale: Excel adds them as it calculates.
   */
  dropCalculationChain(): void {
    const chain = this.relationships().find((element) => /\/calcChain"/.test(element));
    if (!chain) return;
    this.removePart(this.partPath(attribute(chain, "Target") ?? ""));
    this.rels = this.rels.replace(chain, "");
  }

  removeNames(names: string[]): void {
    const removed = new Set(names);
    this.names = this.names.filter((element) => attribute(element, "localSheetId") !== undefined || !removed.has(unescapeXml(attribute(element, "name") ?? "")));
  }

  addName(name: string, refersTo: string, localSheetId?: number): void {
    const local = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
    this.names.push(`<definedName name="${escapeXml(name)}"${local}>${escapeXml(refersTo)}</definedName>`);
  }

  save(): void {
    const sheets = childrenOf(this.xml, "sheets", "sheet") as NonNullable<ReturnType<typeof childrenOf>>;
    let xml = `${this.xml.slice(0, sheets.start)}<sheets>${this.sheets.map((sheet) => sheet.element).join("")}</sheets>${this.xml.slice(sheets.end)}`;
    const names = childrenOf(xml, "definedNames", "definedName");
    // sorted as Excel sorts them (without case), so refreshing twice leaves the names as the first refresh did;
    // compared by code unit, as localeCompare would load ICU's collation data for a handful of names
    const sorted = this.names.map((element) => ({ element, key: nameKey(element) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ element }) => element);
    const element = sorted.length > 0 ? `<definedNames>${sorted.join("")}</definedNames>` : "";
    if (names) xml = xml.slice(0, names.start) + element + xml.slice(names.end);
    else {
      // definedNames follows sheets (and any external references) in the schema's order
      const after = xml.indexOf("</externalReferences>") >= 0 ? "</externalReferences>" : "</sheets>";
      const at = xml.indexOf(after) + after.length;
      xml = xml.slice(0, at) + element + xml.slice(at);
    }
    this.parts.set(this.part, withRelationshipsNamespace(xml));
    this.parts.set(relsPathOf(this.part), this.rels);
    this.parts.set(TYPES, this.types);
  }

  private partPath(target: string): string {
    return this.parts.nameOf(resolvedTarget(this.part, target));
  }

  private relationships(): string[] {
    return relationshipsOf(this.rels);
  }
}

function nameKey(element: string): string {
  return `${unescapeXml(attribute(element, "name") ?? "").toLowerCase()}\u0000${attribute(element, "localSheetId") ?? ""}`;
}

// the sheets added name their relationship as r:id, which the root must then declare
function withRelationshipsNamespace(xml: string): string {
  return xml.includes(`xmlns:r="${REL}"`) ? xml : xml.replace(/<workbook(?=[\s/>])/, `<workbook xmlns:r="${REL}"`);
}

/** The worksheet part of a sheet, found through the workbook and its relationships. */
export async function worksheetPart(zip: PackageParts, sheetName: string): Promise<string | null> {
  return (await WorkbookXml.read(zip)).sheetPart(sheetName);
}

/** Whether a workbook part's `<workbookProtection>` locks the structure, whatever prefix its writer gave the element. */
export function structureLockedIn(workbookXml: string): boolean {
  const protection = /<(?:\w+:)?workbookProtection(?=[\s/>])([^>]*?)\/?>/.exec(workbookXml)?.[1] ?? "";
  const value = attribute(protection, "lockStructure");
  return value === "1" || value === "true";
}
