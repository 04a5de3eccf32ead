// Each test file boots its own Medusa app; MikroORM's metadata must not leak between them.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Each test file boots its own app, and with it a realtime gateway: let the OS pick its port.
process.env.REALTIME_PORT = process.env.REALTIME_PORT || "0"
