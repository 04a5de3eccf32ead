import { databaseName, withDatabase } from "@tailoc/dev-db"

/**
 * One PostgreSQL server, two databases: Medusa's (named by DATABASE_URL) and Payload's
 * (PAYLOAD_DATABASE_URL, or "<medusa database>_cms" on the same server).
 */
export function projectDatabases(medusaUrl) {
  const payloadUrl = process.env.PAYLOAD_DATABASE_URL || withDatabase(medusaUrl, `${databaseName(medusaUrl)}_cms`)
  return {
    medusa: { url: medusaUrl, name: databaseName(medusaUrl) },
    payload: { url: payloadUrl, name: databaseName(payloadUrl) },
  }
}
