import { emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MessageAuthor } from "../../modules/support/service"
import type { StoredAttachment } from "../../modules/support/utils/attachments"
import { postMessageStep } from "./steps/post-message"

/** A checked file: its type comes from its bytes, `stored_name` is random and picked by the server. */
export type AttachmentUpload = Omit<StoredAttachment, "file_id"> & { stored_name: string; content_base64: string }

export type PostAttachmentsWorkflowInput = {
  conversation_id: string
  author: MessageAuthor
  body: string
  files: AttachmentUpload[]
}

/**
 * Stores checked files privately through the file module, then posts them as one message.
 * If the message is refused (a closed conversation), the stored files are deleted again.
 */
export const postAttachmentsWorkflow = createWorkflow("post-support-attachments", (input: PostAttachmentsWorkflowInput) => {
  const uploaded = uploadFilesStep(
    transform(input, ({ files }) => ({
      files: files.map((file) => ({
        filename: file.stored_name,
        mimeType: file.mime_type,
        content: file.content_base64,
        access: "private" as const,
      })),
    }))
  )
  const message = postMessageStep(
    transform({ input, uploaded }, ({ input: data, uploaded: stored }) => ({
      conversation_id: data.conversation_id,
      author: data.author,
      body: data.body,
      attachments: data.files.map(
        ({ id, name, mime_type, size }, index): StoredAttachment => ({ id, name, mime_type, size, file_id: stored[index].id })
      ),
    }))
  )
  emitEventStep({
    eventName: "support.message.created",
    data: transform({ message, input }, ({ message: posted, input: data }) => ({ id: posted.id, conversation_id: data.conversation_id })),
  })
  return new WorkflowResponse(message)
})
