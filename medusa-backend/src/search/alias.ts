import { foldVietnamese } from "../modules/search-vietnamese/fold"

/**
 * Spellings shoppers use for the same thing; either one found in a product's folded
 * text adds the others, so "ampli karaoke" finds an "Amply karaoke".
 */
const SPELLINGS: string[][] = [
  ["amply", "ampli", "amplifier"],
  ["micro", "mic"],
  ["vang so", "vang co", "mixer"],
  ["loa sub", "sub", "subwoofer", "loa sieu tram"],
  ["bluetooth", "blutooth"],
  ["cuc day", "power"],
].map((group) => group.map(foldVietnamese))

/**
 * The short, folded text a product is found by when the shopper's words are misspelt:
 * its title, brand and categories without diacritics, plus the other spellings of what
 * it is. Short on purpose — typo matching compares trigrams of this text only.
 */
export function searchAlias(parts: (string | null | undefined)[]): string {
  const folded = foldVietnamese(parts.filter(Boolean).join(" "))
  const words = ` ${folded} `
  const extra = SPELLINGS.flatMap((group) =>
    group.some((spelling) => words.includes(` ${spelling} `))
      ? group.filter((spelling) => !words.includes(` ${spelling} `))
      : []
  )
  return [folded, ...extra].join(" ")
}
