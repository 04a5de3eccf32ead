import sharp from "sharp"

const PALETTES = [
  ["#1d1d1d", "#b5452b", "#f3c969"],
  ["#0f2a3d", "#2f7fb5", "#9ad1f5"],
  ["#2b1b33", "#8a3fa0", "#f0b6ff"],
  ["#1e2b1f", "#3f8f4f", "#c8f0b0"],
  ["#33261a", "#c07a2c", "#ffe0a8"],
]

/**
 * A 1200×630 JPEG cover: a speaker and sound waves on the palette of `index`. Drawn, not
 * lettered, so it renders the same on any machine whatever fonts it has.
 */
export async function drawCover(index: number): Promise<Buffer> {
  const [background, accent, light] = PALETTES[index % PALETTES.length]
  const waves = [0, 1, 2, 3]
    .map((ring) => `<circle cx="420" cy="315" r="${170 + ring * 70}" fill="none" stroke="${light}" stroke-opacity="${0.5 - ring * 0.1}" stroke-width="10"/>`)
    .join("")
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${background}"/><stop offset="1" stop-color="${accent}"/></linearGradient></defs>
    <rect width="1200" height="630" fill="url(#g)"/>
    ${waves}
    <rect x="300" y="120" width="240" height="390" rx="18" fill="#151515"/>
    <circle cx="420" cy="210" r="42" fill="#2a2a2a"/><circle cx="420" cy="210" r="22" fill="#9a9a9a"/>
    <circle cx="420" cy="385" r="95" fill="#2a2a2a"/><circle cx="420" cy="385" r="80" fill="#3a3a3a"/><circle cx="420" cy="385" r="28" fill="#555"/>
    <rect x="700" y="250" width="380" height="22" rx="11" fill="${light}" fill-opacity="0.85"/>
    <rect x="700" y="300" width="300" height="22" rx="11" fill="${light}" fill-opacity="0.6"/>
    <rect x="700" y="350" width="340" height="22" rx="11" fill="${light}" fill-opacity="0.4"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
