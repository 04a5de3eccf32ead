import { Text } from "@medusajs/ui"
import { backendUrl } from "../lib/client"

export type Attachment = { id?: string; name: string; mime_type: string; size: number }

/**
 * A message's files, opened through the staff route (the admin session cookie authorises
 * it); the server answers with the detected type, nosniff and a sandboxing CSP.
 */
export const MessageAttachments = ({ conversationId, attachments }: { conversationId: string; attachments?: Attachment[] | null }) => {
  const files = (attachments ?? []).filter((attachment) => attachment.id)
  if (!files.length) return null
  return (
    <div className="mt-1 flex flex-wrap gap-2">
      {files.map((attachment) => {
        const url = `${backendUrl.replace(/\/$/, "")}/admin/support/conversations/${conversationId}/attachments/${attachment.id}`
        return (
          <a key={attachment.id} href={url} target="_blank" rel="noopener noreferrer" title={attachment.name} className="flex flex-col gap-1">
            {attachment.mime_type.startsWith("image/") && <img src={url} alt={attachment.name} className="max-h-32 max-w-[12rem] rounded border object-contain" />}
            {/* The name is text: it came from the customer. */}
            <Text size="xsmall" className="max-w-[12rem] truncate text-ui-fg-interactive">
              {attachment.name} · {Math.max(1, Math.round(attachment.size / 1024))} KB
            </Text>
          </a>
        )
      })}
    </div>
  )
}
