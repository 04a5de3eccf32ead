import { detectAttachmentType, downloadName, publicAttachments, readAttachmentName } from "../attachments"

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))))

describe("detectAttachmentType", () => {
  it.each([
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0], "\0\x10JFIF"), "image/jpeg"],
    ["PNG", bytes([0x89], "PNG\r\n\x1a\n", "\0\0\0\rIHDR"), "image/png"],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["PDF", bytes("%PDF-1.7\n"), "application/pdf"],
  ])("recognises %s by its magic number", (_name, content, mimeType) => {
    expect(detectAttachmentType(content)?.mime_type).toBe(mimeType)
  })

  it.each([
    ["HTML", bytes("<!doctype html><script>alert(1)</script>")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ["an EXE", bytes("MZ\x90\0")],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["a PDF header after junk", bytes("<html>%PDF-1.7")],
    ["a truncated PNG signature", bytes([0x89], "PNG")],
    ["nothing", bytes()],
  ])("refuses %s", (_name, content) => {
    expect(detectAttachmentType(content)).toBeUndefined()
  })
})

describe("readAttachmentName", () => {
  it("keeps a Vietnamese name, in NFC", () => {
    expect(readAttachmentName("a\u0309nh-ho\u0301a-đơn.png")).toEqual({ name: "ảnh-hóa-đơn.png" })
  })

  it.each([
    ["a right-to-left override", "invoice\u202Egnp.exe", "unsafe_characters"],
    ["a directional isolate", "a\u2067b.png", "unsafe_characters"],
    ["NUL", "anh\u0000.png", "unsafe_characters"],
    ["a line break", "anh\n.png", "unsafe_characters"],
    ["only spaces", "   ", "empty"],
    ["201 characters", `${"ả".repeat(197)}.png`, "too_long"],
  ])("refuses a name with %s", (_case, name, problem) => {
    expect(readAttachmentName(name)).toEqual({ problem })
  })

  it("accepts 200 characters", () => {
    expect(readAttachmentName(`${"ả".repeat(196)}.png`)).toHaveProperty("name")
  })
})

describe("downloadName and publicAttachments", () => {
  it("saves under the detected type's extension when the name claims another", () => {
    expect(downloadName({ name: "invoice.html", mime_type: "image/png" })).toBe("invoice.html.png")
    expect(downloadName({ name: "anh.JPEG", mime_type: "image/jpeg" })).toBe("anh.JPEG")
    expect(downloadName({ name: "hoa-don.pdf", mime_type: "application/pdf" })).toBe("hoa-don.pdf")
  })

  it("never shows where a file is stored", () => {
    expect(publicAttachments([{ id: "att_1", name: "a.png", mime_type: "image/png", size: 3, file_id: "private-1-abc.png" }])).toEqual([
      { id: "att_1", name: "a.png", mime_type: "image/png", size: 3 },
    ])
  })
})
