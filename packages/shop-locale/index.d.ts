import type { IncomingMessage } from "node:http"

export type ShopLanguage = "vi" | "en"
export const SHOP_TIME_ZONE: "Asia/Ho_Chi_Minh"
export function preferredLanguage(acceptLanguage?: string | string[] | null): ShopLanguage
export function languageOf(req: Pick<IncomingMessage, "headers"> | undefined): ShopLanguage
export function localized<T>(language: ShopLanguage, texts: { vi: T; en: T }): T
export function formatShopDateTime(date: Date | string | number, language?: ShopLanguage): string
export function formatShopDate(date: Date | string | number, language?: ShopLanguage): string
