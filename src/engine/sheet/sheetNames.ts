/**
 * Why Excel would refuse this sheet name, or null when it takes it: Excel's
 * rules ("Rename a worksheet", Microsoft Support) are 1 to 31 characters,
 * none of : \ / ? * [ ], no apostrophe first or last, and not "History",
 * a name Excel keeps for itself.
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "it is empty";
  if (name.length > 31) return `it is ${name.length} characters long, and Excel takes at most 31`;
  const refused = name.match(/[:\\/?*[\]]/g);
  if (refused) return `Excel does not allow ${[...new Set(refused)].map((character) => `'${character}'`).join(" or ")} in a sheet name`;
  if (/^'|'$/.test(name)) return "it starts or ends with an apostrophe";
  if (name.trim().toLowerCase() === "history") return "Excel keeps the name History for itself";
  return null;
}

/** The wanted sheet name, unless another sheet already has it: then "BRAG summary (2)" and so on. `mine` is a sheet the add-in may take over. */
export function freeSheetName(wanted: string, existing: Iterable<string>, mine: string | null = null): string {
  // Excel compares sheet names without regard to case
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  const free = (name: string) => name.toLowerCase() === mine?.toLowerCase() || !taken.has(name.toLowerCase());
  if (free(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (free(name)) return name;
  }
}
