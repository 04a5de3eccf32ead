import type { BrandSeed, CategorySeed } from "./types"

export const categories: CategorySeed[] = [
  {
    handle: "loa",
    name: "Loa",
    description: "Loa nghe nhạc, loa karaoke, loa sub và loa di động chính hãng.",
    children: [
      { handle: "loa-nghe-nhac", name: "Loa nghe nhạc", description: "Loa bookshelf và loa đứng cho phòng khách, phòng nghe." },
      { handle: "loa-karaoke", name: "Loa karaoke", description: "Loa full-range hát karaoke gia đình và kinh doanh." },
      { handle: "loa-sub", name: "Loa sub", description: "Loa siêu trầm điện và hơi cho dàn karaoke, xem phim." },
      { handle: "loa-di-dong", name: "Loa di động / Bluetooth", description: "Loa bluetooth, loa kéo, loa tiệc pin sạc." },
    ],
  },
  {
    handle: "amply",
    name: "Amply",
    description: "Amply karaoke, amply nghe nhạc, receiver xem phim và cục đẩy công suất.",
    children: [
      { handle: "amply-karaoke", name: "Amply karaoke", description: "Amply tích hợp echo, reverb cho karaoke." },
      { handle: "amply-nghe-nhac", name: "Amply nghe nhạc & Receiver", description: "Amply stereo và AV receiver xem phim." },
      { handle: "cuc-day-cong-suat", name: "Cục đẩy công suất", description: "Power amplifier cho loa sub và dàn hội trường." },
    ],
  },
  { handle: "vang-so-mixer", name: "Vang số / Mixer", description: "Vang số chống hú, bàn mixer analog và digital." },
  {
    handle: "micro",
    name: "Micro",
    description: "Micro karaoke, micro hội nghị và micro thu âm.",
    children: [
      { handle: "micro-khong-day", name: "Micro không dây", description: "Micro UHF không dây, bắt sóng xa, chống hú." },
      { handle: "micro-co-day", name: "Micro có dây", description: "Micro dynamic và condenser có dây." },
    ],
  },
  { handle: "dan-karaoke-tron-bo", name: "Dàn karaoke trọn bộ", description: "Combo loa, amply, vang số và micro được phối sẵn theo diện tích phòng." },
  { handle: "phu-kien", name: "Phụ kiện", description: "Dây loa, jack, chân loa, giá treo và thiết bị nguồn." },
]

export const brands: BrandSeed[] = [
  { handle: "jbl", title: "JBL", country: "us" },
  { handle: "bose", title: "Bose", country: "us" },
  { handle: "yamaha", title: "Yamaha", country: "jp" },
  { handle: "denon", title: "Denon", country: "jp" },
  { handle: "paramax", title: "Paramax", country: "vn" },
  { handle: "bmb", title: "BMB", country: "jp" },
  { handle: "shure", title: "Shure", country: "us" },
  { handle: "crown", title: "Crown", country: "us" },
  { handle: "audio-tai-loc", title: "Audio Tài Lộc", country: "vn" },
]
