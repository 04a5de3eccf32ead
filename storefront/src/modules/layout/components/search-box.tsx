"use client"

import { useTranslations } from "next-intl"
import { useEffect, useId, useRef, useState } from "react"
import { Link, useRouter } from "@/i18n/navigation"
import type { SearchSuggestions } from "@/lib/data/search"
import { formatPrice } from "@/lib/util/money"

const EMPTY: SearchSuggestions = { products: [], categories: [], brands: [] }

type Option = { key: string; href: string; label: string; detail?: string }

function optionsOf(suggestions: SearchSuggestions): { group: "products" | "categories" | "brands"; options: Option[] }[] {
  return [
    {
      group: "products" as const,
      options: suggestions.products.map((product) => ({
        key: `p-${product.id}`,
        href: `/san-pham/${product.handle}`,
        label: product.title,
        detail: typeof product.price === "number" ? formatPrice(product.price) : undefined,
      })),
    },
    {
      group: "categories" as const,
      options: suggestions.categories.flatMap((category) =>
        category.handle ? [{ key: `c-${category.handle}`, href: `/danh-muc/${category.handle}`, label: category.name }] : []
      ),
    },
    {
      group: "brands" as const,
      options: suggestions.brands.flatMap((brand) =>
        brand.handle ? [{ key: `b-${brand.handle}`, href: `/thuong-hieu/${brand.handle}`, label: brand.name }] : []
      ),
    },
  ].filter((section) => section.options.length > 0)
}

/**
 * The header search: a plain GET form to the results page (works without JavaScript), and,
 * as the shopper types, suggestions from /api/search/suggest in an ARIA combobox (arrows
 * move, Enter opens, Escape closes).
 */
export function SearchBox({ action }: { action: string }) {
  const t = useTranslations("search")
  const router = useRouter()
  const id = useId()
  const [query, setQuery] = useState("")
  const [suggestions, setSuggestions] = useState<SearchSuggestions>(EMPTY)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const box = useRef<HTMLFormElement>(null)

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) {
      setSuggestions(EMPTY)
      return
    }
    const controller = new AbortController()
    // Wait for a pause in typing, and drop answers to queries the shopper has typed past.
    const timer = setTimeout(() => {
      fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : EMPTY))
        .then((result: SearchSuggestions) => {
          setSuggestions(result)
          setActive(-1)
        })
        .catch(() => undefined)
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  const sections = optionsOf(suggestions)
  const flat = sections.flatMap((section) => section.options)
  const listId = `${id}-suggestions`
  const expanded = open && query.trim().length >= 2

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      setOpen(true)
      if (!flat.length) return
      const step = event.key === "ArrowDown" ? 1 : -1
      setActive((current) => (current + step + flat.length) % flat.length)
    } else if (event.key === "Enter" && expanded && active >= 0 && flat[active]) {
      event.preventDefault()
      setOpen(false)
      router.push(flat[active].href)
    } else if (event.key === "Escape") {
      setOpen(false)
    }
  }

  return (
    <form
      ref={box}
      className="search-box"
      role="search"
      action={action}
      onBlur={(event) => {
        if (!box.current?.contains(event.relatedTarget as Node | null)) setOpen(false)
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">{t("label")}</label>
      <input
        id={`${id}-input`}
        name="q"
        type="search"
        autoComplete="off"
        placeholder={t("placeholder")}
        value={query}
        maxLength={100}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-${flat[active]?.key}` : undefined}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="search-box__submit">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><circle cx="11" cy="11" r="7" /><path d="m20 20-4-4" /></svg>
        <span className="visually-hidden">{t("submit")}</span>
      </button>
      <div id={listId} role="listbox" aria-label={t("label")} className="search-box__suggestions" hidden={!expanded}>
        {sections.map((section) => (
          <div key={section.group} role="group" aria-label={t(section.group)}>
            <p className="search-box__group" aria-hidden="true">{t(section.group)}</p>
            {section.options.map((option) => {
              const index = flat.indexOf(option)
              return (
                <Link
                  key={option.key}
                  id={`${id}-${option.key}`}
                  role="option"
                  aria-selected={index === active}
                  tabIndex={-1}
                  href={option.href}
                  className="search-box__option"
                  onClick={() => setOpen(false)}
                >
                  <span>{option.label}</span>
                  {option.detail && <span className="price">{option.detail}</span>}
                </Link>
              )
            })}
          </div>
        ))}
        {expanded && !flat.length && <p className="search-box__empty">{t("noResults", { query: query.trim() })}</p>}
      </div>
    </form>
  )
}
