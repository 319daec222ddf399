/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // type checking is done once by `npm run typecheck`; per-file isolation keeps jest fast
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true }],
  },
};
