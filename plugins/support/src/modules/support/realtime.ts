import { container } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REALTIME_MODULE, Rooms, type MessagePayload, type RealtimeService } from "@tailoc/realtime-contract"
import type SupportModuleService from "./service"
import { publicAttachments } from "./utils/attachments"

type StoredMessage = {
  id: string
  conversation_id?: string
  conversation?: { id: string } | null
  author_type: string
  author_id: string | null
  body: string
  is_internal: boolean
  attachments: unknown
  created_at: Date | string
}

/** A stored message as the contract carries it: live in message:new, and replayed on join. */
export function messagePayload(message: StoredMessage, conversationId: string): MessagePayload {
  return {
    id: message.id,
    conversation_id: conversationId,
    author_type: message.author_type as MessagePayload["author_type"],
    author_id: message.author_id,
    body: message.body,
    is_internal: message.is_internal,
    attachments: publicAttachments(message.attachments),
    created_at: message.created_at,
  }
}

/** The realtime module, when the shop runs it; support works without it (no live delivery). */
export function realtimeOf(scope: { resolve: <T>(key: string, options?: { allowUnregistered?: boolean }) => T }) {
  return scope.resolve<RealtimeService | undefined>(REALTIME_MODULE, { allowUnregistered: true })
}

/**
 * Conversations are rooms whose members support decides: staff join any (and its staff-only
 * room for internal notes), a customer or a guest only their own; a joining client is
 * replayed what it missed after the last message id it saw. Registered with the realtime
 * module through the contract, so neither plugin imports the other.
 */
export function registerConversationRooms(support: SupportModuleService) {
  const realtime = realtimeOf(container)
  if (!realtime) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn("[support] the realtime module is not installed: conversations are not delivered live")
    return
  }
  realtime.registerRoomKind("conversation", {
    authorize: async (actor, conversationId) => {
      if (!(await support.canAccessConversation(actor, conversationId))) return null
      return actor.type === "user"
        ? [Rooms.conversation(conversationId), Rooms.conversationStaff(conversationId)]
        : [Rooms.conversation(conversationId)]
    },
    replay: async (actor, conversationId, afterId) => {
      const missed = await support.listMessagesAfter(conversationId, { afterId, includeInternal: actor.type === "user" })
      return missed.map((message) => messagePayload(message, conversationId))
    },
  })
}
