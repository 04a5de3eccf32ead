"use client"

import { createContext, useActionState, useCallback, useContext, useEffect, useMemo, useOptimistic, useRef, useState, type ReactNode } from "react"

type CartCount = {
  /** What the header shows: the server's count plus additions still on their way. */
  count: number
  /** Call inside an action (a form action or startTransition) right at the click. */
  addOptimistic: (quantity: number) => void
  /** The server action's answer; the last one of a burst of clicks settles the count. */
  confirm: (serverCount: number) => void
  /** A request started / ended, so overlapping answers settle on the highest count. */
  begin: () => void
  end: () => void
}

const CartCountContext = createContext<CartCount | null>(null)

/**
 * The cart count the header and the phone's bottom bar show. It moves at the click
 * (`useOptimistic`), then settles on what the server action returns; when the page
 * re-renders after the action (the cart's cache tag is updated) the server's count wins.
 */
export function CartCountProvider({ initialCount, children }: { initialCount: number; children: ReactNode }) {
  const [count, setCount] = useState(initialCount)
  const [serverCount, setServerCount] = useState(initialCount)
  if (initialCount !== serverCount) {
    // A fresh server render (navigation, action re-render) carries the true count.
    setServerCount(initialCount)
    setCount(initialCount)
  }
  // An optimistic update carries the number to show (what was shown at the click plus the
  // quantity), not a delta: when the server's count arrives while the action's transition is
  // still open, the count must not be the server's plus the same addition again.
  const [optimisticCount, showAtLeast] = useOptimistic(count, (current: number, target: number) => Math.max(current, target))
  const shown = useRef(optimisticCount)
  useEffect(() => {
    shown.current = optimisticCount
  }, [optimisticCount])
  const addToOptimistic = useCallback(
    (quantity: number) => {
      shown.current += quantity
      showAtLeast(shown.current)
    },
    [showAtLeast]
  )
  const inFlight = useRef(0)
  const highest = useRef(0)

  const begin = useCallback(() => {
    inFlight.current += 1
  }, [])
  const end = useCallback(() => {
    inFlight.current = Math.max(0, inFlight.current - 1)
  }, [])
  const confirm = useCallback((confirmed: number) => {
    // Adds overlap: an earlier answer may arrive last with a smaller count; keep the highest
    // of the burst, then start afresh.
    highest.current = Math.max(highest.current, confirmed)
    const settled = highest.current
    if (inFlight.current <= 1) highest.current = 0
    setCount(settled)
  }, [])

  const value = useMemo(
    () => ({ count: optimisticCount, addOptimistic: addToOptimistic, confirm, begin, end }),
    [optimisticCount, addToOptimistic, confirm, begin, end]
  )
  return <CartCountContext.Provider value={value}>{children}</CartCountContext.Provider>
}

/** The live cart count, or `fallback` outside the provider. */
export function useCartCount(fallback = 0): CartCount {
  return (
    useContext(CartCountContext) ?? {
      count: fallback,
      addOptimistic: () => undefined,
      confirm: () => undefined,
      begin: () => undefined,
      end: () => undefined,
    }
  )
}

type AddResult = { ok: true; itemCount: number } | { ok: false; error: string }

/**
 * Wraps an add-to-cart server action for a `<form action>`: the count moves at the click,
 * then takes the server's answer. Before hydration the form posts to the server action
 * itself (`useActionState`), so a click on a slow phone still adds the item.
 *
 *   const [result, formAction, pending] = useOptimisticAddToCart(addToCartFromForm)
 *   <form action={formAction}>…<button>Thêm vào giỏ</button></form>
 */
export function useOptimisticAddToCart<R extends AddResult>(action: (previous: R | null, form: FormData) => Promise<R>) {
  const cart = useCartCount()
  const [serverResult, serverAction, serverPending] = useActionState<R | null, FormData>(action, null)
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const [result, setResult] = useState<R | null>(null)
  // Shown while the action's transition runs, back to false when it settles.
  const [pending, setPending] = useOptimistic(false)
  const optimisticAction = useCallback(
    async (form: FormData) => {
      const quantity = Number(form.get("quantity") ?? 1)
      cart.addOptimistic(Number.isInteger(quantity) && quantity > 0 ? quantity : 1)
      cart.begin()
      setPending(true)
      try {
        const answer = await action(null, form)
        if (answer.ok) cart.confirm(answer.itemCount)
        setResult(answer)
      } finally {
        cart.end()
      }
    },
    [action, cart, setPending]
  )
  return [result ?? serverResult, hydrated ? optimisticAction : serverAction, pending || serverPending] as const
}

/** The number in the header's cart link and the phone's bottom bar. */
export function CartCountBadge({ fallback, testId }: { fallback: number; testId?: string }) {
  const { count } = useCartCount(fallback)
  return (
    <span className="cart-count" data-testid={testId} aria-hidden="true">
      {count}
    </span>
  )
}
