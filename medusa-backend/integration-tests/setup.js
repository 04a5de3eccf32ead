// Each test file boots its own Medusa app; MikroORM's metadata must not leak between them.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Each test file boots its own app, and with it a realtime gateway: let the OS pick its port.
process.env.REALTIME_PORT = process.env.REALTIME_PORT || "0"

// The support plugin's per-customer limits are sized for shoppers, not for a spec that opens a
// dozen tickets as one customer within a minute; support-limits.spec.ts checks the real defaults.
process.env.SUPPORT_LIMIT_CONVERSATIONS_PER_CUSTOMER = process.env.SUPPORT_LIMIT_CONVERSATIONS_PER_CUSTOMER || "100/1h"
process.env.SUPPORT_MAX_OPEN_CONVERSATIONS = process.env.SUPPORT_MAX_OPEN_CONVERSATIONS || "100"

// Each spec file counts its request limits under its own Redis namespace, so neither an earlier
// run nor another spec's requests from 127.0.0.1 use up its limits (child processes inherit it).
process.env.RATE_LIMIT_PREFIX = `test:${process.pid}:${Date.now()}`
