import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MessageAuthor } from "../../modules/support/service"
import { checkOrderBelongsToCustomerStep } from "./steps/check-order-belongs-to-customer"
import { createConversationStep, type CreateConversationData } from "./steps/create-conversation"
import { postMessageStep } from "./steps/post-message"

export type CreateConversationWorkflowInput = CreateConversationData & { body: string; author: MessageAuthor }

/** Opens a ticket or a chat with its first message. */
export const createConversationWorkflow = createWorkflow("create-support-conversation", (input: CreateConversationWorkflowInput) => {
  checkOrderBelongsToCustomerStep(transform(input, (data) => ({ order_id: data.order_id, customer_id: data.customer_id })))
  const conversation = createConversationStep(
    transform(input, ({ body: _body, author: _author, ...data }) => data)
  )
  const message = postMessageStep(
    transform({ conversation, input }, ({ conversation: created, input: data }) => ({
      conversation_id: created.id,
      author: data.author,
      body: data.body,
    }))
  )
  emitEventStep({
    eventName: "support.conversation.created",
    data: transform({ conversation }, ({ conversation: created }) => ({ id: created.id, customer_id: created.customer_id, kind: created.kind })),
  })
  emitEventStep({
    eventName: "support.message.created",
    data: transform({ message, conversation }, ({ message: posted, conversation: created }) => ({
      id: posted.id,
      conversation_id: created.id,
      // Staff are told of a new conversation apart from the messages that follow it.
      opens_conversation: true,
    })),
  }).config({ name: "emit-first-message" })
  return new WorkflowResponse({ conversation, message })
})
