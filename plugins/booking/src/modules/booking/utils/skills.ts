/**
 * The skills services require and technicians hold: the code stored on both, and the name
 * staff read. The one list the API validates against and the admin pages show.
 */
export const SKILL_NAMES = {
  installation: "Lắp đặt",
  karaoke: "Karaoke",
  tuning: "Cân chỉnh âm thanh",
  acoustics: "Thiết kế tiêu âm",
  survey: "Khảo sát tại nhà",
  repair: "Sửa chữa",
  maintenance: "Bảo dưỡng",
  "home-cinema": "Rạp hát tại gia",
} as const

export type SkillCode = keyof typeof SKILL_NAMES

export const SKILL_CODES = Object.keys(SKILL_NAMES) as SkillCode[]

export const isSkillCode = (code: string): code is SkillCode => code in SKILL_NAMES

/** The Vietnamese name of a skill; an unknown code is shown as it is rather than hidden. */
export const skillName = (code: string) => (isSkillCode(code) ? SKILL_NAMES[code] : code)
