/**
 * The compare list: up to three product handles, in the order they were added. It lives in
 * a cookie (`tl_compare`, product handles only, nothing secret) and in the compare page's
 * URL (`/so-sanh?p=a,b,c`), so a comparison can be shared.
 */
export const MAX_COMPARE = 3
export const COMPARE_PARAM = "p"

const HANDLE = /^[a-z0-9][a-z0-9_-]{0,99}$/

/** Reads `a,b,c` (a cookie or `?p=`; repeated `?p=` too); keeps valid handles, each once, at most three. */
export function parseCompareList(raw: string | string[] | undefined | null): string[] {
  const handles = [raw ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => HANDLE.test(value))
  return [...new Set(handles)].slice(0, MAX_COMPARE)
}

export type CompareToggle = { handles: string[]; added: boolean; full: boolean }

/** Adds the product, or removes it when already there; a fourth is refused (`full`), the list unchanged. */
export function toggleCompare(handles: string[], handle: string): CompareToggle {
  if (handles.includes(handle)) return { handles: handles.filter((item) => item !== handle), added: false, full: false }
  if (handles.length >= MAX_COMPARE) return { handles, added: false, full: true }
  return { handles: [...handles, handle], added: true, full: false }
}

export const compareHref = (handles: string[]) =>
  handles.length ? `/so-sanh?${COMPARE_PARAM}=${handles.map(encodeURIComponent).join(",")}` : "/so-sanh"
