import {
  DEVELOPMENT_COOKIE_SECRET,
  DEVELOPMENT_JWT_SECRET,
  EnvironmentError,
  readEnvironment,
} from "../environment"

const productionBase = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://shop@db.internal:5432/medusa",
  JWT_SECRET: "a-private-jwt-secret",
  COOKIE_SECRET: "a-private-cookie-secret",
}

describe("readEnvironment", () => {
  it("starts in development with development defaults", () => {
    const environment = readEnvironment({})
    expect(environment.isProduction).toBe(false)
    expect(environment.jwtSecret).toBe(DEVELOPMENT_JWT_SECRET)
    expect(environment.databaseUrl).toContain(":54320/medusa")
    expect(environment.redisUrl).toBeUndefined()
    expect(environment.s3).toBeUndefined()
  })

  it("refuses production with the development JWT secret", () => {
    expect(() => readEnvironment({ ...productionBase, JWT_SECRET: undefined })).toThrow(/JWT_SECRET/)
    expect(() => readEnvironment({ ...productionBase, JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(EnvironmentError)
  })

  it("refuses production with the development cookie secret", () => {
    expect(() => readEnvironment({ ...productionBase, COOKIE_SECRET: DEVELOPMENT_COOKIE_SECRET })).toThrow(/COOKIE_SECRET/)
  })

  it("refuses production without a database URL", () => {
    expect(() => readEnvironment({ ...productionBase, DATABASE_URL: undefined })).toThrow(/DATABASE_URL/)
  })

  it("accepts production with private secrets", () => {
    const environment = readEnvironment(productionBase)
    expect(environment.isProduction).toBe(true)
    expect(environment.jwtSecret).toBe("a-private-jwt-secret")
  })

  it("uses S3 only when it is fully configured", () => {
    const s3 = { S3_BUCKET: "media", S3_ACCESS_KEY_ID: "minio", S3_SECRET_ACCESS_KEY: "minio-secret", S3_FILE_URL: "http://localhost:9100/media", S3_ENDPOINT: "http://localhost:9100" }
    expect(readEnvironment(s3).s3).toMatchObject({ bucket: "media", endpoint: "http://localhost:9100", region: "us-east-1" })
    expect(() => readEnvironment({ S3_BUCKET: "media" })).toThrow(/S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FILE_URL/)
  })

  it("rejects an unknown worker mode", () => {
    expect(() => readEnvironment({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})
