import tseslint from "typescript-eslint";

const officeGlobals = ["Office", "Excel", "OfficeExtension", "document", "window"];

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      // the engine is pure: adapters bring the outside world to it as plain data
      "no-restricted-imports": [
        "error",
        {
          paths: ["exceljs", "react", "fs", "node:fs", "path", "node:path"].map((name) => ({
            name,
            message: "src/engine stays pure; read and write through an adapter.",
          })),
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
);
