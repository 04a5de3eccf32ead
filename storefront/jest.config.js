/** Unit tests of the storefront's pure helpers: `*.test.ts` beside the code, compiled by SWC. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" } },
    ],
  },
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/src/$1",
    // `server-only` throws outside React's server build; the helpers under test are plain functions.
    "^server-only$": "<rootDir>/src/test/empty-module.ts",
  },
}
