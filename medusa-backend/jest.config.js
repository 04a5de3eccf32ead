const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testMatch: ["<rootDir>/src/**/__tests__/**/*.spec.ts", "<rootDir>/integration-tests/**/*.spec.ts"],
  setupFiles: ["./integration-tests/setup.js"],
  testTimeout: 120_000,
  // Every spec file boots a whole Medusa app and not all of it is freed afterwards: a fresh
  // worker once the heap passes this keeps the whole suite within Node's default heap.
  workerIdleMemoryLimit: "1536MB",
}
