import { spawnSync } from "child_process";
import { join } from "path";

jest.setTimeout(60_000);

// Office.js code that reads a property it never loaded, and tests for null the way Office.js never answers
const CARELESS = `
export async function careless(context: Excel.RequestContext): Promise<string> {
  const sheet = context.workbook.worksheets.getItemOrNullObject("Plan");
  if (sheet === null) return "";
  const range = sheet.getRange("A1");
  return String(range.values);
}
`;

describe("npm run lint", () => {
  it("holds the add-in's Office.js code to Microsoft's rules (eslint-plugin-office-addins)", () => {
    // as npm run lint runs it (its config is an ES module, which Jest cannot load in process)
    const root = join(__dirname, "..");
    const lint = spawnSync(join(root, "node_modules", ".bin", "eslint"), ["--stdin", "--stdin-filename", "src/excel/careless.ts", "--format", "json"], { cwd: root, input: CARELESS, encoding: "utf8" });
    const [result] = JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    const rules = result!.messages.map((message) => message.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["office-addins/load-object-before-read", "office-addins/test-for-null-using-isNullObject"]));
  });
});
