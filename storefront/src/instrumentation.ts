import { signingSecrets } from "@/lib/signing-secrets"

/** Runs once when the server starts: a production server with the development secrets stops here. */
export function register() {
  signingSecrets()
}
