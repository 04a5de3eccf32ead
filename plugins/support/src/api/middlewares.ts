import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { readAttachments } from "./utils/attachments"
import { requireGuest } from "./utils/guest"
import { limitGuestRequests, limitGuestTokens, supportLimitRoutes } from "./utils/limits"
import {
  AdminCreateCannedReply,
  AdminListCannedReplies,
  AdminListConversations,
  AdminUpdateCannedReply,
  ClaimGuestConversations,
  GuestCreateConversation,
  AdminPostMessage,
  AdminUpdateConversation,
  PostAttachments,
  PostMessage,
  StoreCreateConversation,
} from "./utils/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/support/guest-token", methods: ["POST"], middlewares: [limitGuestTokens] },
    { matcher: "/store/support/guest/*", middlewares: [limitGuestRequests, requireGuest] },
    { matcher: "/store/support/guest/conversations", methods: ["POST"], middlewares: [validateAndTransformBody(GuestCreateConversation)] },
    { matcher: "/store/support/guest/conversations/:id/messages", methods: ["POST"], middlewares: [validateAndTransformBody(PostMessage)] },
    { matcher: "/store/support/conversations*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/support/realtime-token", methods: ["POST"], middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/support/conversations/claim", methods: ["POST"], middlewares: [validateAndTransformBody(ClaimGuestConversations)] },
    { matcher: "/store/support/conversations", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCreateConversation)] },
    { matcher: "/store/support/conversations/:id/messages", methods: ["POST"], middlewares: [validateAndTransformBody(PostMessage)] },
    { matcher: "/store/support/conversations/:id/attachments", methods: ["POST"], middlewares: [readAttachments, validateAndTransformBody(PostAttachments)] },
    { matcher: "/admin/support/conversations", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListConversations, {})] },
    { matcher: "/admin/support/conversations/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateConversation)] },
    { matcher: "/admin/support/conversations/:id/messages", methods: ["POST"], middlewares: [validateAndTransformBody(AdminPostMessage)] },
    { matcher: "/admin/support/canned-replies", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCannedReplies, {})] },
    { matcher: "/admin/support/canned-replies", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCannedReply)] },
    { matcher: "/admin/support/canned-replies/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCannedReply)] },
    ...supportLimitRoutes,
  ],
})
