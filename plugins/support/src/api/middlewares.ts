import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminListConversations,
  AdminPostMessage,
  AdminUpdateConversation,
  PostMessage,
  StoreCreateConversation,
} from "./utils/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/support/conversations*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/support/conversations", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCreateConversation)] },
    { matcher: "/store/support/conversations/:id/messages", methods: ["POST"], middlewares: [validateAndTransformBody(PostMessage)] },
    { matcher: "/admin/support/conversations", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListConversations, {})] },
    { matcher: "/admin/support/conversations/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateConversation)] },
    { matcher: "/admin/support/conversations/:id/messages", methods: ["POST"], middlewares: [validateAndTransformBody(AdminPostMessage)] },
  ],
})
