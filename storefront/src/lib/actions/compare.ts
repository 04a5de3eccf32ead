"use server"

import { getCompareList, setCompareList } from "../data/cookies"
import { parseCompareList, toggleCompare } from "../util/compare"

export type CompareActionResult = { ok: true; handles: string[]; added: boolean } | { ok: false; error: "full" | "invalid" }

/**
 * "So sánh" on a product card or page: adds the product to the compare list or takes it
 * off. A form posting here works before JavaScript loads; setting the cookie re-renders
 * the page with the new state.
 */
export async function toggleCompareAction(formData: FormData): Promise<void> {
  const [handle] = parseCompareList(String(formData.get("handle") ?? ""))
  if (!handle) return
  const result = toggleCompare(parseCompareList(await getCompareList()), handle)
  if (!result.full) await setCompareList(result.handles)
}

export async function clearCompareAction(): Promise<void> {
  await setCompareList([])
}
