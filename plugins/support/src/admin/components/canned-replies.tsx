import { Button, Drawer, DropdownMenu, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../lib/client"
import { useCannedReplies, type CannedReply } from "../lib/inbox"

/** The reply box's "Mẫu trả lời" menu: picking one inserts its text, "Quản lý mẫu" edits the list. */
export const CannedReplyPicker = ({ onPick }: { onPick: (body: string) => void }) => {
  const { data } = useCannedReplies()
  const [managing, setManaging] = useState(false)
  return (
    <>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <Button size="small" variant="secondary" type="button">Mẫu trả lời</Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content className="max-h-80 max-w-[90vw] overflow-y-auto">
          {data?.canned_replies.map((reply) => (
            <DropdownMenu.Item key={reply.id} onClick={() => onPick(reply.body)} className="flex flex-col items-start">
              <span className="txt-compact-small-plus">{reply.title}</span>
              <span className="txt-compact-xsmall max-w-xs truncate text-ui-fg-subtle">{reply.body}</span>
            </DropdownMenu.Item>
          ))}
          {data && !data.canned_replies.length && <DropdownMenu.Label>Chưa có mẫu nào.</DropdownMenu.Label>}
          <DropdownMenu.Separator />
          <DropdownMenu.Item onClick={() => setManaging(true)}>Quản lý mẫu…</DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
      <CannedRepliesDrawer open={managing} onOpenChange={setManaging} replies={data?.canned_replies ?? []} />
    </>
  )
}

type Draft = { id?: string; title: string; body: string }

const CannedRepliesDrawer = ({ open, onOpenChange, replies }: { open: boolean; onOpenChange: (open: boolean) => void; replies: CannedReply[] }) => {
  const client = useQueryClient()
  const [draft, setDraft] = useState<Draft>({ title: "", body: "" })
  const refresh = () => client.invalidateQueries({ queryKey: ["support-canned-replies"] })

  const save = async () => {
    try {
      const path = draft.id ? `/admin/support/canned-replies/${draft.id}` : "/admin/support/canned-replies"
      await sdk.client.fetch(path, { method: "POST", body: { title: draft.title, body: draft.body } })
      toast.success(draft.id ? "Đã lưu mẫu trả lời" : "Đã thêm mẫu trả lời")
      setDraft({ title: "", body: "" })
      await refresh()
    } catch (error) {
      toast.error("Không lưu được mẫu", { description: (error as Error).message })
    }
  }
  const remove = async (reply: CannedReply) => {
    if (!window.confirm(`Xoá mẫu "${reply.title}"?`)) return
    try {
      await sdk.client.fetch(`/admin/support/canned-replies/${reply.id}`, { method: "DELETE" })
      await refresh()
    } catch (error) {
      toast.error("Không xoá được mẫu", { description: (error as Error).message })
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-full sm:max-w-lg">
        <Drawer.Header>
          <Drawer.Title>Mẫu trả lời</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <ul className="flex flex-col divide-y rounded-lg border">
            {replies.map((reply) => (
              <li key={reply.id} className="flex items-start justify-between gap-2 px-3 py-2">
                <div className="min-w-0">
                  <Text size="small" weight="plus">{reply.title}</Text>
                  <Text size="xsmall" className="line-clamp-2 whitespace-pre-wrap text-ui-fg-subtle">{reply.body}</Text>
                </div>
                <div className="flex shrink-0 gap-1">
                  <Button size="small" variant="transparent" onClick={() => setDraft({ id: reply.id, title: reply.title, body: reply.body })}>Sửa</Button>
                  <Button size="small" variant="transparent" onClick={() => remove(reply)}>Xoá</Button>
                </div>
              </li>
            ))}
            {!replies.length && <Text size="small" className="px-3 py-2 text-ui-fg-subtle">Chưa có mẫu nào.</Text>}
          </ul>
          <div className="flex flex-col gap-2">
            <Label htmlFor="canned-title" size="small">{draft.id ? "Sửa mẫu" : "Thêm mẫu"}</Label>
            <Input id="canned-title" placeholder="Tiêu đề (vd. Giờ mở cửa)" value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
            <Textarea placeholder="Nội dung gửi cho khách" rows={5} value={draft.body} onChange={(event) => setDraft({ ...draft, body: event.target.value })} aria-label="Nội dung mẫu" />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          {draft.id && <Button variant="secondary" onClick={() => setDraft({ title: "", body: "" })}>Huỷ sửa</Button>}
          <Button onClick={save} disabled={draft.title.trim().length < 2 || !draft.body.trim()}>{draft.id ? "Lưu" : "Thêm"}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
