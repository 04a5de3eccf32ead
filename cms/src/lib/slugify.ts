/**
 * URL slugs from Vietnamese titles: "Dàn karaoke gia đình" → "dan-karaoke-gia-dinh".
 * NFKD splits letters from their tone and vowel marks (and turns ² into 2); đ/Đ is a letter of its own and has
 * no decomposition, so it is mapped by hand.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 96)
}
