import en from "../../messages/en.json"
import vi from "../../messages/vi.json"

type Messages = { [key: string]: string | Messages }

const keysOf = (messages: Messages, prefix = ""): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)
  )

describe("UI messages", () => {
  test("every Vietnamese string has an English one and the other way round", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort())
  })

  test("no message is left empty", () => {
    const empty = (messages: Messages) => keysOf(messages).filter((key) => !key.split(".").reduce<Messages | string>((node, part) => (node as Messages)[part], messages))
    expect(empty(vi)).toEqual([])
    expect(empty(en)).toEqual([])
  })
})
