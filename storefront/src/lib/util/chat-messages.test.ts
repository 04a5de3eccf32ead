import { lastMessageId, mergeMessages, seenByStaff, unreadFromStaff, type ChatMessage } from "./chat-messages"

const message = (id: string, at: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  conversation_id: "conv_1",
  author_type: "staff",
  body: id,
  attachments: null,
  created_at: at,
  ...extra,
})

describe("mergeMessages", () => {
  it("keeps a message delivered twice (live, then in a replay) once", () => {
    const a = message("msg_a", "2026-12-07T01:00:00Z")
    const b = message("msg_b", "2026-12-07T01:01:00Z")
    const merged = mergeMessages([a, b], [b, { ...b }, a])
    expect(merged.map((item) => item.id)).toEqual(["msg_a", "msg_b"])
  })

  it("sorts by time, ties by id", () => {
    const merged = mergeMessages([message("msg_c", "2026-12-07T01:02:00Z")], [message("msg_b", "2026-12-07T01:00:00Z"), message("msg_a", "2026-12-07T01:00:00Z")])
    expect(merged.map((item) => item.id)).toEqual(["msg_a", "msg_b", "msg_c"])
  })

  it("prefers the copy with attachment links and never shows internal notes", () => {
    const bare = message("msg_a", "2026-12-07T01:00:00Z", { attachments: [{ id: "att", name: "a.png", mime_type: "image/png", size: 1 }] })
    const linked = message("msg_a", "2026-12-07T01:00:00Z", {
      attachments: [{ id: "att", name: "a.png", mime_type: "image/png", size: 1, signed_url: "/support/x" }],
    })
    expect(mergeMessages([linked], [bare])[0].attachments?.[0].signed_url).toBe("/support/x")
    expect(mergeMessages([bare], [linked])[0].attachments?.[0].signed_url).toBe("/support/x")
    expect(mergeMessages([], [message("msg_n", "2026-12-07T01:00:00Z", { is_internal: true })])).toEqual([])
  })

  it("gives the last id to replay after", () => {
    expect(lastMessageId([])).toBeNull()
    expect(lastMessageId(mergeMessages([], [message("msg_b", "2026-12-07T01:01:00Z"), message("msg_a", "2026-12-07T01:00:00Z")]))).toBe("msg_b")
  })
})

describe("unread and read receipts", () => {
  const thread = [
    message("msg_1", "2026-12-07T01:00:00Z", { author_type: "guest" }),
    message("msg_2", "2026-12-07T01:01:00Z"),
    message("msg_3", "2026-12-07T01:02:00Z"),
  ]
  it("counts staff messages after the customer last read", () => {
    expect(unreadFromStaff(thread, null)).toBe(2)
    expect(unreadFromStaff(thread, "2026-12-07T01:01:30Z")).toBe(1)
  })
  it("shows seen when staff read after the customer's latest message", () => {
    expect(seenByStaff(thread, null)).toBe(false)
    expect(seenByStaff(thread, "2026-12-07T00:59:00Z")).toBe(false)
    expect(seenByStaff(thread, "2026-12-07T01:00:00Z")).toBe(true)
  })
})
