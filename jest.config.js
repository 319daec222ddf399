/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // tsconfig isolatedModules: ts-jest transpiles per file; `npm run typecheck` checks types once
    "^.+\\.tsx?$": ["ts-jest", {}],
  },
};
