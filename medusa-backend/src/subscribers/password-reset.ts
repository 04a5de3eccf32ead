import { createHash } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readEnvironment } from "../config/environment"
import { passwordResetEmail } from "../notifications/password-reset-email"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * Medusa emits `auth.password_reset` with a 15-minute token when a known e-mail asks for a
 * reset (an unknown one emits nothing, and the route answers 201 all the same). The link goes
 * out by e-mail through the notification module: customers to the storefront's reset page,
 * staff to Medusa Admin's. The storefront sends `metadata.locale` ("en") for English.
 */
export default async function sendPasswordResetLink({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type: actorType, token, metadata } = event.data
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { storefrontUrl, backendUrl } = readEnvironment()

  let firstName: string | undefined
  if (actorType === "customer") {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["first_name"], filters: { email, has_account: true } })
    firstName = data[0]?.first_name ?? undefined
  }

  const message = passwordResetEmail({ actorType, email, token, locale: metadata?.locale, firstName, storefrontUrl, backendUrl })
  if (!message) {
    logger.warn(`[password-reset] no reset page for actor type "${actorType}"; no e-mail sent`)
    return
  }
  const tokenDigest = createHash("sha256").update(token).digest("hex").slice(0, 32)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: message.template,
    trigger_type: AuthWorkflowEvents.PASSWORD_RESET,
    resource_type: actorType,
    idempotency_key: `password-reset:${tokenDigest}`,
    data: { subject: message.subject, text: message.text, html: message.html, url: message.url, locale: message.locale },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
