/** An ILIKE pattern that finds `text` anywhere, its own %, _ and backslash taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`
