import type { ProductSeed } from "./types"

/**
 * A larger catalog for benchmarks and load tests: realistic Vietnamese audio products in
 * the shop's categories and brands. Product n is always the same (a PRNG seeded by n), so
 * generating 10,000 again finds every handle already there and creates nothing.
 */
type Kind = {
  name: string
  category: string
  picture: ProductSeed["picture"]
  suffixes: string[]
  price: [number, number]
  power?: [number, number]
  impedance?: number[]
  connectivity: string[]
  colours?: string[]
}

const KINDS: Kind[] = [
  { name: "Loa karaoke", category: "loa-karaoke", picture: "karaoke-speaker", suffixes: ["(đôi)", "New (đôi)", "Pro (đôi)"], price: [6_000_000, 45_000_000], power: [150, 800], impedance: [6, 8], connectivity: ["Cọc loa", "Speakon"], colours: ["Đen", "Trắng"] },
  { name: "Loa nghe nhạc", category: "loa-nghe-nhac", picture: "speaker", suffixes: ["(đôi)", "bookshelf (đôi)", "cột (đôi)"], price: [4_000_000, 60_000_000], power: [50, 300], impedance: [4, 6, 8], connectivity: ["Cọc loa", "Bluetooth"] },
  { name: "Loa sub điện", category: "loa-sub", picture: "subwoofer", suffixes: ["", "New", "Bass 30"], price: [5_000_000, 30_000_000], power: [100, 1000], impedance: [4, 8], connectivity: ["RCA", "Line in"] },
  { name: "Loa kéo", category: "loa-di-dong", picture: "portable", suffixes: ["", "bass 40", "pin 12 giờ"], price: [2_500_000, 25_000_000], power: [80, 600], connectivity: ["Bluetooth", "USB", "Micro 6.35 mm"] },
  { name: "Loa bluetooth", category: "loa-di-dong", picture: "portable", suffixes: ["", "Mini", "Plus"], price: [700_000, 9_000_000], power: [10, 120], connectivity: ["Bluetooth", "USB-C"], colours: ["Đen", "Xanh", "Đỏ"] },
  { name: "Amply karaoke", category: "amply-karaoke", picture: "amplifier", suffixes: ["", "Bluetooth", "Digital"], price: [4_000_000, 35_000_000], power: [200, 1200], impedance: [4, 8], connectivity: ["Bluetooth", "Optical", "RCA", "Micro 6.35 mm"] },
  { name: "Amply nghe nhạc", category: "amply-nghe-nhac", picture: "amplifier", suffixes: ["", "Stereo", "DAC"], price: [6_000_000, 80_000_000], power: [50, 250], impedance: [4, 8], connectivity: ["Optical", "Coaxial", "RCA", "Phono MM"] },
  { name: "Cục đẩy công suất", category: "cuc-day-cong-suat", picture: "amplifier", suffixes: ["", "2 kênh", "4 kênh"], price: [8_000_000, 60_000_000], power: [500, 3000], impedance: [2, 4, 8], connectivity: ["XLR", "Speakon"] },
  { name: "Vang số", category: "vang-so-mixer", picture: "mixer", suffixes: ["", "chống hú", "Bluetooth"], price: [3_000_000, 20_000_000], connectivity: ["Bluetooth", "Optical", "USB", "RCA"] },
  { name: "Bàn mixer", category: "vang-so-mixer", picture: "mixer", suffixes: ["", "USB", "12 kênh"], price: [3_500_000, 40_000_000], connectivity: ["XLR", "TRS 6.35 mm", "USB"] },
  { name: "Micro không dây", category: "micro-khong-day", picture: "wireless-microphone", suffixes: ["(2 tay)", "UHF", "chống hú"], price: [1_500_000, 25_000_000], connectivity: ["UHF", "XLR"] },
  { name: "Micro có dây", category: "micro-co-day", picture: "microphone", suffixes: ["", "dynamic", "condenser"], price: [500_000, 12_000_000], connectivity: ["XLR"] },
  { name: "Dàn karaoke gia đình", category: "dan-karaoke-tron-bo", picture: "karaoke-set", suffixes: ["phòng 20 m²", "phòng 30 m²", "cao cấp"], price: [20_000_000, 150_000_000], power: [500, 2000], connectivity: ["Bluetooth", "Optical", "HDMI ARC"] },
  { name: "Dây loa", category: "phu-kien", picture: "cable", suffixes: ["2 x 1,5 mm²", "2 x 2,5 mm²", "OFC cuộn 100 m"], price: [150_000, 4_000_000], connectivity: [] },
]

const BRANDS = [
  { handle: "jbl", prefix: "JBL", code: ["KP", "KI", "PRX", "EON"] },
  { handle: "bose", prefix: "Bose", code: ["S1", "L1", "F1"] },
  { handle: "yamaha", prefix: "Yamaha", code: ["NS", "RX", "MG", "KMS"] },
  { handle: "denon", prefix: "Denon", code: ["PMA", "AVR", "SC"] },
  { handle: "paramax", prefix: "Paramax", code: ["P", "D", "SA", "MX", "K"] },
  { handle: "bmb", prefix: "BMB", code: ["CSD", "CSV", "DAR", "WB"] },
  { handle: "shure", prefix: "Shure", code: ["SM", "BLX", "SLX", "GLX"] },
  { handle: "crown", prefix: "Crown", code: ["XLS", "XTI", "CDI"] },
  { handle: "audio-tai-loc", prefix: "Tài Lộc", code: ["TL", "ATL"] },
]

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const GENERATED_HANDLE_PREFIX = "sp-"

export function generatedProduct(n: number): ProductSeed {
  const next = random(n * 7919 + 17)
  const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)]
  const between = (min: number, max: number, step: number) => Math.round((min + next() * (max - min)) / step) * step
  const kind = pick(KINDS)
  const brand = pick(BRANDS)
  const model = `${pick(brand.code)}-${100 + (n % 9000)}${pick(["", "", "A", "X", "S", "II"])}`
  const suffix = pick(kind.suffixes)
  const title = [kind.name, brand.prefix, model, suffix].filter(Boolean).join(" ")
  const price = between(kind.price[0], kind.price[1], 10_000)
  const sku = `${brand.handle.toUpperCase()}-${model.replace(/[^A-Z0-9]/gi, "")}-${n}`
  const stock = (): [number, number] => [next() < 0.15 ? 0 : between(0, 20, 1), next() < 0.3 ? 0 : between(0, 12, 1)]
  const power = kind.power ? between(kind.power[0], kind.power[1], 10) : null
  return {
    handle: `${GENERATED_HANDLE_PREFIX}${n}-${model.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
    title,
    description: `${title}: hàng chính hãng ${brand.prefix}, bảo hành tại Audio Tài Lộc, giao lắp đặt toàn quốc.`,
    brand: brand.handle,
    categories: [kind.category],
    tags: next() < 0.3 ? [pick(["karaoke-gia-dinh", "karaoke-kinh-doanh", "hang-viet"])] : [],
    picture: kind.picture,
    specification: {
      power_rms_w: power,
      power_peak_w: power ? power * 4 : null,
      impedance_ohm: kind.impedance ? pick(kind.impedance) : null,
      warranty_months: pick([6, 12, 12, 24, 36]),
      connectivity: kind.connectivity.filter(() => next() < 0.7),
    },
    ...(kind.colours && next() < 0.5
      ? {
          options: [{ title: "Màu", values: kind.colours.slice(0, 2) }],
          variants: kind.colours.slice(0, 2).map((colour, index) => ({
            sku: `${sku}-${index + 1}`,
            title: colour,
            price: price + index * 200_000,
            options: { Màu: colour },
            stock: stock(),
          })),
        }
      : { variants: [{ sku, title: "Tiêu chuẩn", price, stock: stock() }] }),
  }
}

export function generateProducts(count: number): ProductSeed[] {
  return Array.from({ length: count }, (_, index) => generatedProduct(index + 1))
}
