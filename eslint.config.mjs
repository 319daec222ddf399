import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeGlobals = ["Office", "Excel", "OfficeExtension", "document", "window"];

// the engine is pure: adapters bring the outside world to it as plain data
const impure = ["exceljs", "react", "fs", "node:fs", "path", "node:path"].map((name) => ({
  name,
  message: "src/engine stays pure; read and write through an adapter.",
}));

// The engine's steps, lowest first: each may import its own folder and the
// steps before it, never one after it, so a file's folder says what it may use.
// refresh.ts, buildReport.ts and index.ts, beside the folders, run the pipeline.
const STEPS = ["model", "sheet", "words", "read", "judge", "progress", "plan"];

function engineSteps() {
  const pipeline = ["refresh", "buildReport", "index"];
  return [
    { files: ["src/engine/*.ts"], rules: { "no-restricted-imports": ["error", { paths: impure }], "no-restricted-globals": ["error", ...officeGlobals] } },
    ...STEPS.map((step, index) => ({
      files: [`src/engine/${step}/**/*.ts`],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            paths: impure,
            patterns: [
              {
                regex: `^\\.\\.(/(${[...STEPS.slice(index + 1), ...pipeline].join("|")})(/|$)|/?$)`,
                message: `src/engine/${step} comes before ${STEPS.slice(index + 1).join(", ") || "the pipeline"}: it may import only ${STEPS.slice(0, index + 1).join(", ")}.`,
              },
            ],
          },
        ],
        "no-restricted-globals": ["error", ...officeGlobals],
      },
    })),
  ];
}

export default tseslint.config(
  { ignores: ["dist/**", "dist-preview/**", "lib/**", "node_modules/**", "coverage/**", "tmp/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...engineSteps(),
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/engine/**"],
    rules: {
      // one way in: the adapters, the pane and the command line see the engine only through its index
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/engine/*"], message: "Import from src/engine (its index.ts), not from inside it." }] }],
    },
  },
  officeAddinRules(),
);

/**
 * Microsoft's rules for Office.js code (eslint-plugin-office-addins, its
 * "recommended" set's office-addins rules at their severities): load before
 * read, sync before read, no sync in a loop, isNullObject for null checks, no
 * empty or navigational load. Its formatting rules (prettier) are not ours.
 */
function officeAddinRules() {
  const recommended = officeAddins.configs.recommended.find((config) => config.plugins?.["office-addins"]);
  const rules = Object.fromEntries(Object.entries(recommended.rules).filter(([rule]) => rule.startsWith("office-addins/")));
  return { files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"], plugins: { "office-addins": officeAddins }, rules };
}
