import { randomBytes, scrypt as scryptCallback, type ScryptOptions } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Medusa's emailpass provider answers an unknown e-mail after one database read, and a
 * known one after an scrypt check of the password (~80 ms): the difference tells which
 * addresses have accounts. Where Medusa skips the check, we derive a key with the same
 * scrypt parameters (Medusa's default `hashConfig`, which the shop does not change), so
 * both answers take the same time.
 */
const EMAILPASS_HASH = { logN: 15, r: 8, p: 1 }
const KEY_LENGTH = 64
const SALT = randomBytes(32)

function scrypt(password: string, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, SALT, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)))
  )
}

async function checkPasswordAgainstNothing(password: string): Promise<void> {
  const N = 2 ** EMAILPASS_HASH.logN
  const { r, p } = EMAILPASS_HASH
  await scrypt(password, { N, r, p, maxmem: 256 * N * r * p })
}

async function hasPasswordIdentity(scope: MedusaContainer, provider: string, email: string): Promise<boolean> {
  const auth = scope.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: email, provider }, { select: ["id"], take: 1 })
  return Boolean(identity)
}

/** Before a login: an unknown e-mail gets the password check a known one gets. */
export async function equaliseLogin(scope: MedusaContainer, provider: string, email: string, password: string) {
  if (!(await hasPasswordIdentity(scope, provider, email))) {
    await checkPasswordAgainstNothing(password)
  }
}

/**
 * Before a registration: a new address costs a password hash, an existing one is refused
 * after a read; the refusal gets the same hashing work.
 */
export async function equaliseRegistration(scope: MedusaContainer, provider: string, email: string, password: string) {
  if (await hasPasswordIdentity(scope, provider, email)) {
    await checkPasswordAgainstNothing(password)
  }
}
