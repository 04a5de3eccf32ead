import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { signAttachmentLink } from "@tailoc/medusa-plugin-support/api/utils/attachment-access"
import { randomUUID } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

type Customer = RequestConfig & { customerId: string }
type Part = { field?: string; filename?: string; type?: string; data: Buffer | string; rawDisposition?: string }

// A 1×1 PNG. Each test appends a unique tail (still a PNG by its magic number) so it can find
// its own bytes on disk, or prove they are nowhere, while other specs upload too.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")
const uniquePng = () => Buffer.concat([PNG, Buffer.from(randomUUID())])
const HTML = Buffer.from("<!doctype html><script>fetch('/admin/users/me').then(r=>r.text()).then(alert)</script>")
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0")])
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

const VIETNAMESE_NAME = "ảnh-hóa-đơn.png"

// Where the local file provider writes (medusa-config.ts): public files and private ones.
const STATIC_DIR = path.join(process.cwd(), "static")
const PRIVATE_DIR = path.join(process.cwd(), "uploads", "private")

/** Stored files (public or private) whose bytes are exactly `content`. */
function storedFilesWith(content: Buffer): string[] {
  return [STATIC_DIR, PRIVATE_DIR]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)))
    .filter((file) => statSync(file).isFile() && statSync(file).size === content.length && readFileSync(file).equals(content))
}

/** A multipart/form-data body written by hand, the way a browser sends it (names in raw UTF-8). */
function multipart(parts: Part[], boundary = `----tailoc${randomUUID()}`) {
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition =
      part.rawDisposition ??
      `form-data; name="${part.field ?? "files"}"${part.filename === undefined ? "" : `; filename="${part.filename}"`}`
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`
    chunks.push(Buffer.from(head, "utf8"), Buffer.from(part.data), Buffer.from("\r\n"))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let alice: Customer
    let bob: Customer
    let admin: RequestConfig
    let store: RequestConfig

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      alice = await registerCustomer(api, seeded.publishableKey, "alice.files@example.vn", "Alice")
      bob = await registerCustomer(api, seeded.publishableKey, "bob.files@example.vn", "Bob")
      admin = await loginAdmin(api, seeded)
    })

    const english = (config: RequestConfig): RequestConfig => ({ headers: { ...config.headers, "accept-language": "en" } })

    async function openTicket(customer: Customer, subject: string) {
      const { data } = await api.post("/store/support/conversations", { kind: "ticket", subject, body: "Em gửi ảnh lỗi của amply." }, customer)
      return data.conversation as { id: string }
    }

    function send(customer: RequestConfig, conversationId: string, body: Buffer, contentType: string) {
      return api.post(`/store/support/conversations/${conversationId}/attachments`, body, {
        headers: { ...customer.headers, "content-type": contentType },
        // The raw bytes, exactly as written: axios must not re-encode them.
        transformRequest: [(data: unknown) => data],
      })
    }
    const upload = (customer: RequestConfig, conversationId: string, parts: Part[]) => {
      const { body, contentType } = multipart(parts)
      return send(customer, conversationId, body, contentType)
    }

    const messagesOf = async (conversationId: string) =>
      (await api.get(`/store/support/conversations/${conversationId}`, alice)).data.conversation.messages as any[]

    /** Refused with a 400 whose message matches, leaving no message and no stored file behind. */
    async function expectRefused(conversationId: string, request: () => Promise<unknown>, message: RegExp, content?: Buffer) {
      const before = (await messagesOf(conversationId)).length
      const refused = await failure(request())
      expect(refused).toMatchObject({ status: 400, message: expect.stringMatching(message) })
      expect(await messagesOf(conversationId)).toHaveLength(before)
      if (content) expect(storedFilesWith(content)).toEqual([])
    }

    // The runner restores the database before every test: each test opens its own tickets.
    let ticket: { id: string }
    beforeEach(async () => {
      ticket = await openTicket(alice, "Ảnh hoá đơn")
    })

    describe("defects 1 and 3: the type comes from the bytes", () => {

      it.each([
        ["HTML named invoice.html, declared as a PNG", "invoice.html", "image/png", HTML],
        ["HTML named invoice.png", "invoice.png", "image/png", HTML],
        [".htm declared as a PDF", "hoa-don.htm", "application/pdf", HTML],
        ["an SVG with a script, declared as a PNG", "logo.png", "image/png", SVG],
        ["an EXE named setup.png", "setup.png", "image/png", EXE],
      ])("refuses %s, whatever its name and declared type", async (_case, filename, type, data) => {
        await expectRefused(
          ticket.id,
          () => upload(english(alice), ticket.id, [{ filename, type, data }]),
          new RegExp(`${filename.replace(".", "\\.")} cannot be attached: only JPEG, PNG, WebP, PDF`),
          data
        )
      })

      it("tells a Vietnamese customer in Vietnamese", async () => {
        const refused = await failure(upload(alice, ticket.id, [{ filename: "setup.png", type: "image/png", data: EXE }]))
        expect(refused).toMatchObject({ status: 400, message: 'Không nhận tệp "setup.png": chỉ nhận JPEG, PNG, WebP, PDF và nội dung tệp không thuộc loại nào trong số đó' })
      })

      it("refuses a name with a right-to-left override (shows as invoiceexe.png), even with real PNG bytes", async () => {
        const content = uniquePng()
        await expectRefused(
          ticket.id,
          () => upload(english(alice), ticket.id, [{ filename: "invoice\u202Egnp.exe", type: "image/png", data: content }]),
          /control or text-direction characters \(such as U\+202E\)/,
          content
        )
      })

      it("stores a real PNG sent as something else under its detected type", async () => {
        const { data } = await upload(alice, ticket.id, [{ filename: "scan.pdf", type: "application/octet-stream", data: uniquePng() }])
        expect(data.message.attachments).toEqual([expect.objectContaining({ name: "scan.pdf", mime_type: "image/png" })])
        const file = await api.get(data.message.attachments[0].url, alice)
        expect(file.headers["content-type"]).toBe("image/png")
        // Saved with the extension of what it is, not of what it was called.
        expect(file.headers["content-disposition"]).toContain("filename*=UTF-8''scan.pdf.png")
      })

      it("accepts a PDF and serves it as a download, never inline", async () => {
        const { data } = await upload(alice, ticket.id, [{ filename: "hoa-don.pdf", type: "application/pdf", data: PDF }])
        const file = await api.get(data.message.attachments[0].url, { ...alice, responseType: "arraybuffer" } as any)
        expect(file.headers).toMatchObject({ "content-type": "application/pdf", "content-security-policy": "default-src 'none'; sandbox" })
        expect(file.headers["content-disposition"]).toMatch(/^attachment; /)
        expect(Buffer.from(file.data).equals(PDF)).toBe(true)
      })
    })

    describe("defects 2 and 4: private files under server-picked names, the UTF-8 name kept for display", () => {
      let content: Buffer
      let attachment: { id: string; name: string; url: string; signed_url: string }

      beforeEach(async () => {
        content = uniquePng()
        const { data } = await upload(alice, ticket.id, [{ filename: VIETNAMESE_NAME, type: "image/png", data: content }, { field: "body", data: "Hoá đơn đây ạ" }])
        attachment = data.message.attachments[0]
      })

      it("keeps the Vietnamese name intact as display metadata and exposes no public URL", async () => {
        expect(attachment).toEqual({
          id: expect.stringMatching(/^att_/),
          name: VIETNAMESE_NAME,
          mime_type: "image/png",
          size: content.length,
          url: `/store/support/conversations/${ticket.id}/attachments/${attachment.id}`,
          signed_url: expect.stringMatching(new RegExp(`^/support/conversations/${ticket.id}/attachments/${attachment.id}\\?expires=\\d+&signature=`)),
        })
        const [, stored] = await messagesOf(ticket.id)
        expect(stored).toMatchObject({ body: "Hoá đơn đây ạ", attachments: [{ id: attachment.id, name: VIETNAMESE_NAME }] })
        const { data: staffView } = await api.get(`/admin/support/conversations/${ticket.id}`, admin)
        expect(staffView.conversation.messages[1].attachments).toEqual([
          expect.objectContaining({ id: attachment.id, url: `/admin/support/conversations/${ticket.id}/attachments/${attachment.id}` }),
        ])
        expect(JSON.stringify([stored, staffView])).not.toMatch(/static|private-|file_id/)
      })

      it("stores the bytes privately, under a random name with the detected extension, outside /static", async () => {
        const files = storedFilesWith(content)
        expect(files).toHaveLength(1)
        expect(path.dirname(files[0])).toBe(PRIVATE_DIR)
        const storedName = path.basename(files[0])
        expect(storedName).toMatch(/^private-\d+-[0-9a-f]{32}\.png$/)
        // Neither the exact stored name nor the old "<ms>-<original name>" pattern is served.
        for (const guess of [storedName, storedName.replace(/^private-/, ""), `${Date.now()}-${encodeURIComponent(VIETNAMESE_NAME)}`]) {
          expect((await failure(api.get(`/static/${guess}`))).status).toBe(404)
        }
      })

      const expectServed = (response: { status: number; headers: Record<string, unknown>; data: ArrayBuffer }) => {
        expect(response.status).toBe(200)
        expect(Buffer.from(response.data).equals(content)).toBe(true)
        expect(response.headers).toMatchObject({
          "content-type": "image/png",
          "content-disposition": `inline; filename="anh-hoa-don.png"; filename*=UTF-8''${encodeURIComponent(VIETNAMESE_NAME)}`,
          "x-content-type-options": "nosniff",
          "content-security-policy": "default-src 'none'; sandbox",
          "cache-control": "private",
        })
      }

      it("serves the file to its customer and to staff, with headers that keep it inert", async () => {
        expectServed(await api.get(attachment.url, { ...alice, responseType: "arraybuffer" } as any))
        expectServed(await api.get(`/admin/support/conversations/${ticket.id}/attachments/${attachment.id}`, { ...admin, responseType: "arraybuffer" } as any))
      })

      it("answers 401 without credentials and 404 to another customer or for an unknown attachment", async () => {
        expect((await failure(api.get(attachment.url, store))).status).toBe(401)
        expect((await failure(api.get(`/admin/support/conversations/${ticket.id}/attachments/${attachment.id}`))).status).toBe(401)
        expect((await failure(api.get(attachment.url, bob))).status).toBe(404)
        const bobsTicket = await openTicket(bob, "Của Bob")
        expect((await failure(api.get(`/store/support/conversations/${bobsTicket.id}/attachments/${attachment.id}`, bob))).status).toBe(404)
        expect((await failure(api.get(`/store/support/conversations/${ticket.id}/attachments/att_01UNKNOWN`, alice))).status).toBe(404)
        expect((await failure(api.get(`/admin/support/conversations/${ticket.id}/attachments/${encodeURIComponent("att_x' OR 1=1")}`, admin))).status).toBe(404)
      })

      it("serves a signed link without login for five minutes; a forged, moved or expired link is refused", async () => {
        expectServed(await api.get(attachment.signed_url, { responseType: "arraybuffer" } as any))
        const link = new URL(attachment.signed_url, "http://shop")
        const expires = Number(link.searchParams.get("expires"))
        expect(expires * 1000 - Date.now()).toBeGreaterThan(0)
        expect(expires * 1000 - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000)

        const signature = link.searchParams.get("signature")!
        const forged = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`
        const bobsTicket = await openTicket(bob, "Đường dẫn của Bob")
        const refused = [
          `${link.pathname}?expires=${expires}&signature=${forged}`,
          `${link.pathname}?expires=${expires + 3600}&signature=${signature}`,
          `/support/conversations/${bobsTicket.id}/attachments/${attachment.id}?expires=${expires}&signature=${signature}`,
          link.pathname,
        ]
        const secret = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
        const expired = Math.floor(Date.now() / 1000) - 1
        refused.push(`${link.pathname}?expires=${expired}&signature=${signAttachmentLink(secret, ticket.id, attachment.id, expired)}`)
        for (const url of refused) {
          expect(await failure(api.get(url, { headers: { "accept-language": "en" } }))).toEqual({
            status: 401,
            message: "This attachment link is invalid or has expired; open the conversation again for a new one",
          })
        }
      })

      it("keeps UTF-8 names sent the way Node's FormData and RFC 5987 (filename*) send them", async () => {
        const form = new FormData()
        form.append("files", new Blob([uniquePng()], { type: "image/png" }), "mặt-sau-amply.png")
        const { data: viaFormData } = await api.post(`/store/support/conversations/${ticket.id}/attachments`, form, alice)
        expect(viaFormData.message.attachments[0].name).toBe("mặt-sau-amply.png")

        const { data: viaExtended } = await upload(alice, ticket.id, [
          { rawDisposition: `form-data; name="files"; filename*=UTF-8''${encodeURIComponent(VIETNAMESE_NAME)}`, type: "image/png", data: uniquePng() },
        ])
        // NFC: "ả" arrives as one code point, however the client composed it.
        expect(viaExtended.message.attachments[0].name).toBe(VIETNAMESE_NAME.normalize("NFC"))
      })
    })

    describe("defect 5: malformed uploads are a 400 that names the problem, and save nothing", () => {
      it("multipart without a boundary", async () => {
        const { body } = multipart([{ filename: "a.png", type: "image/png", data: PNG }])
        await expectRefused(ticket.id, () => send(english(alice), ticket.id, body, "multipart/form-data"), /^The multipart Content-Type header has no boundary$/)
      })

      it("a truncated multipart body", async () => {
        const content = uniquePng()
        const { body, contentType } = multipart([{ filename: "a.png", type: "image/png", data: content }])
        await expectRefused(ticket.id, () => send(english(alice), ticket.id, body.subarray(0, body.length - 30), contentType), /truncated upload/, content)
      })

      it("a NUL in a file name, raw or percent-encoded", async () => {
        const content = uniquePng()
        const withName = (disposition: string) => () => upload(english(alice), ticket.id, [{ rawDisposition: disposition, type: "image/png", data: content }])
        await expectRefused(ticket.id, withName('form-data; name="files"; filename="anh\u0000.png"'), /^A part of the multipart body has a malformed header$/, content)
        await expectRefused(ticket.id, withName(`form-data; name="files"; filename*=UTF-8''anh%00.png`), /control or text-direction characters/, content)
      })

      it("a 250-character name", async () => {
        const content = uniquePng()
        await expectRefused(
          ticket.id,
          () => upload(english(alice), ticket.id, [{ filename: `${"ả".repeat(246)}.png`, type: "image/png", data: content }]),
          /^A file name can be at most 200 characters \(this one has 250\); use a shorter name$/,
          content
        )
      })

      it("the wrong field, an unknown text field, no file at all, or no multipart", async () => {
        const content = uniquePng()
        await expectRefused(ticket.id, () => upload(english(alice), ticket.id, [{ field: "file", filename: "a.png", type: "image/png", data: content }]), /multipart field "files"/, content)
        await expectRefused(ticket.id, () => upload(english(alice), ticket.id, [{ field: "body", data: "chỉ có chữ" }]), /Attach at least one file in the multipart field "files"/)
        await expectRefused(ticket.id, () => upload(english(alice), ticket.id, []), /Attach at least one file/)
        await expectRefused(
          ticket.id,
          () => upload(english(alice), ticket.id, [{ filename: "a.png", type: "image/png", data: content }, { field: "customer_id", data: "cus_x" }]),
          /customer_id/,
          content
        )
        await expectRefused(ticket.id, () => api.post(`/store/support/conversations/${ticket.id}/attachments`, { files: ["a.png"] }, english(alice)), /multipart\/form-data/)
      })

      it("a file over 5 MB, and more than 5 files", async () => {
        const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])
        await expectRefused(ticket.id, () => upload(english(alice), ticket.id, [{ filename: "lon.png", type: "image/png", data: huge }]), /^An attachment can be at most 5 MB$/)
        const content = uniquePng()
        const six = Array.from({ length: 6 }, (_, index) => ({ filename: `anh-${index}.png`, type: "image/png", data: content }))
        await expectRefused(ticket.id, () => upload(english(alice), ticket.id, six), /^At most 5 files can be attached to one message$/, content)
      })

      it("a closed conversation: the upload is refused and its stored file removed again", async () => {
        const closed = await openTicket(alice, "Đã đóng")
        await api.post(`/admin/support/conversations/${closed.id}`, { status: "closed" }, admin)
        const content = uniquePng()
        const refused = await failure(upload(alice, closed.id, [{ filename: "muon.png", type: "image/png", data: content }]))
        expect(refused.status).toBe(400)
        expect(storedFilesWith(content)).toEqual([])
      })
    })
  },
})
