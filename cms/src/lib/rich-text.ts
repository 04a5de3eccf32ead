import type { SerializedEditorState } from "@payloadcms/richtext-lexical/lexical"

type Block = string | { heading: string }

/** Lexical content from plain paragraphs and headings, for seeds and tests. */
export function richText(blocks: Block[]): SerializedEditorState {
  const text = (value: string) => ({ type: "text", text: value, format: 0, detail: 0, mode: "normal", style: "", version: 1 })
  return {
    root: {
      type: "root",
      format: "",
      indent: 0,
      version: 1,
      direction: "ltr",
      children: blocks.map((block) =>
        typeof block === "string"
          ? { type: "paragraph", format: "", indent: 0, version: 1, direction: "ltr", textFormat: 0, textStyle: "", children: [text(block)] }
          : { type: "heading", tag: "h2", format: "", indent: 0, version: 1, direction: "ltr", children: [text(block.heading)] }
      ),
    },
  } as unknown as SerializedEditorState
}
