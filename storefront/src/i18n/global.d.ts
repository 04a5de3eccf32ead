import type messages from "../../messages/vi.json"
import type { Locale } from "./locales"

// Typed message keys: `t("header.cart")` is checked by tsc against messages/vi.json.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages
  }
}
