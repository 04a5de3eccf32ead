/**
 * Vietnamese names are written family name first, given name last: "Nguyễn Văn An" is
 * family "Nguyễn", middle "Văn", given "An". Medusa stores `first_name` and `last_name`;
 * the shop keeps the given name in `first_name` and the family and middle names in
 * `last_name`, so "Chào An" greets correctly and the full name reads `last_name first_name`.
 */
export type NameParts = { first_name: string; last_name: string }

const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim()

/** "  nguyễn   Văn An " → { last_name: "nguyễn Văn", first_name: "An" }; one word is a given name only. */
export function splitVietnameseName(fullName: string): NameParts {
  const words = collapse(fullName).split(" ").filter(Boolean)
  if (!words.length) return { first_name: "", last_name: "" }
  const given = words.pop()!
  return { first_name: given, last_name: words.join(" ") }
}

/** { last_name: "Nguyễn Văn", first_name: "An" } → "Nguyễn Văn An", whatever is missing left out. */
export function joinVietnameseName(name: Partial<{ first_name: string | null; last_name: string | null }> | null | undefined): string {
  return collapse([name?.last_name ?? "", name?.first_name ?? ""].join(" "))
}
