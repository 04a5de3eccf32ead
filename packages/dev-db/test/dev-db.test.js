import assert from "node:assert/strict"
import { test } from "node:test"
import { databaseName, testRunnerEnvironment, withDatabase } from "../index.js"

test("withDatabase swaps only the database name", () => {
  assert.equal(
    withDatabase("postgres://shop:s%40cret@db.internal:6543/medusa?sslmode=require", "medusa_cms"),
    "postgres://shop:s%40cret@db.internal:6543/medusa_cms?sslmode=require"
  )
})

test("databaseName reads the database of a URL", () => {
  assert.equal(databaseName("postgres://postgres@127.0.0.1:5432/shop"), "shop")
  assert.equal(databaseName("postgres://postgres@127.0.0.1:5432"), "postgres")
})

test("testRunnerEnvironment names a local server localhost so Medusa's runner does not ask for SSL", () => {
  assert.deepEqual(testRunnerEnvironment("postgres://postgres:postgres@127.0.0.1:54320/medusa"), {
    DB_HOST: "localhost",
    DB_PORT: "54320",
    DB_USERNAME: "postgres",
    DB_PASSWORD: "postgres",
  })
  assert.equal(testRunnerEnvironment("postgres://u:p@db.internal/medusa").DB_HOST, "db.internal")
  assert.equal(testRunnerEnvironment("postgres://u:p@db.internal/medusa").DB_PORT, "5432")
})
