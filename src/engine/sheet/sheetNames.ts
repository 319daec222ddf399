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
