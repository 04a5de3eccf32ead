import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

/** Locale-aware `Link`, `redirect`, `usePathname`, `useRouter`: pass `/san-pham/x`, get `/en/san-pham/x` in English. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)
