import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { Link } from "@/i18n/navigation"
import { listPaymentProviders, listShippingOptions } from "@/lib/data/checkout"
import { SHOWROOMS } from "@/lib/shop"
import { CHECKOUT_STEPS, optionsToOffer, type CheckoutStep } from "@/lib/util/checkout-steps"
import { formatPrice } from "@/lib/util/money"
import { formatAddressLine, fullNameOf } from "@/lib/vietnam/address"
import { listProvinces, listWards } from "@/lib/vietnam/administrative-units"
import { isNorthernProvince, provinceCodeOfSubdivision } from "@/lib/vietnam/provinces"
import { CartLines } from "@/modules/cart/components/cart-lines"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { BankTransfer, bankAccountOf } from "@/modules/order/components/bank-transfer"
import { AddressForm } from "../components/address-form"
import { PaymentForm, PlaceOrderForm, ShippingForm, type Choice } from "../components/choice-forms"
import { ContactForm } from "../components/contact-form"
import styles from "../components/checkout.module.css"

type Props = { step: CheckoutStep; reached: CheckoutStep; cart: HttpTypes.StoreCart; customer: HttpTypes.StoreCustomer | null; locale: Locale }

const provinceOfCart = (cart: HttpTypes.StoreCart) => {
  const metadata = (cart.shipping_address?.metadata ?? {}) as Record<string, unknown>
  return typeof metadata.province_code === "string" ? metadata.province_code : provinceCodeOfSubdivision(cart.shipping_address?.province) ?? ""
}

const activeSession = (cart: HttpTypes.StoreCart) =>
  cart.payment_collection?.payment_sessions?.find((session) => session.status === "pending" || session.status === "authorized")

/** `/thanh-toan`: five steps on one page, each finished one summarised with a link back to it. */
export async function CheckoutTemplate({ step, reached, cart, customer, locale }: Props) {
  const t = await getTranslations("checkout")
  const reachedIndex = CHECKOUT_STEPS.indexOf(reached)
  const session = activeSession(cart)
  const shippingMethod = cart.shipping_methods?.[0]

  const summaries: Record<CheckoutStep, string | null> = {
    contact: cart.email ? [cart.email, fullNameOf(cart.shipping_address), cart.shipping_address?.phone].filter(Boolean).join(" · ") : null,
    address: formatAddressLine(cart.shipping_address) || null,
    shipping: shippingMethod ? `${shippingMethod.name} – ${shippingMethod.amount ? formatPrice(shippingMethod.amount, cart.currency_code) : t("free")}` : null,
    payment: session ? t(`payment.${session.provider_id === "pp_offline_bank-transfer" ? "bankTransfer" : "cod"}.title`) : null,
    review: null,
  }

  return (
    <div className={styles.layout}>
      <ol className={styles.steps}>
        {CHECKOUT_STEPS.map((name, index) => {
          const current = name === step
          const future = index > reachedIndex
          const summary = !current && index <= reachedIndex ? summaries[name] : null
          return (
            <li key={name} className={`${styles.step} ${current ? styles.stepCurrent : ""} ${future ? styles.stepFuture : ""}`} aria-current={current ? "step" : undefined} data-testid={`step-${name}`}>
              <div className={styles.stepHead}>
                <h2><span className={styles.stepNumber} aria-hidden="true">{index + 1}</span>{t(`steps.${name}`)}</h2>
                {!current && !future && name !== "review" && (
                  <Link href={{ pathname: "/thanh-toan", query: { step: name } }} className={styles.edit} aria-label={t("editStep", { step: t(`steps.${name}`) })}>{t("edit")}</Link>
                )}
              </div>
              {summary && <p className={styles.done}>{summary}</p>}
              {current && <StepBody step={name} cart={cart} customer={customer} locale={locale} />}
            </li>
          )
        })}
      </ol>
      <aside className={styles.summary} aria-labelledby="checkout-summary-title">
        <h2 id="checkout-summary-title">{t("summary")}</h2>
        <CartLines cart={cart} editable={false} />
        <CartTotals cart={cart} />
        <Link href="/gio-hang">{t("backToCart")}</Link>
      </aside>
    </div>
  )
}

async function StepBody({ step, cart, customer, locale }: { step: CheckoutStep; cart: HttpTypes.StoreCart; customer: HttpTypes.StoreCustomer | null; locale: Locale }) {
  const t = await getTranslations("checkout")
  const address = cart.shipping_address

  if (step === "contact") {
    const name = fullNameOf(address) || fullNameOf(customer)
    return <ContactForm defaults={{ email: cart.email ?? customer?.email ?? "", name, phone: address?.phone ?? customer?.phone ?? "" }} />
  }

  if (step === "address") {
    const provinceCode = provinceOfCart(cart)
    const metadata = (address?.metadata ?? {}) as Record<string, unknown>
    const saved = (customer?.addresses ?? [])
      .filter((candidate) => candidate.address_1 && (candidate.province || candidate.metadata))
      .map((candidate) => ({ id: candidate.id, label: [fullNameOf(candidate), formatAddressLine(candidate)].filter(Boolean).join(" – ") }))
    return (
      <AddressForm
        provinces={listProvinces()}
        initialWards={provinceCode ? listWards(provinceCode) : []}
        defaults={{ provinceCode, wardCode: typeof metadata.ward_code === "string" ? metadata.ward_code : "", street: address?.address_1 ?? "" }}
        savedAddresses={saved}
      />
    )
  }

  if (step === "shipping") {
    const options = await listShippingOptions(cart.id).catch(() => [])
    const offered = optionsToOffer(options, isNorthernProvince(provinceOfCart(cart) || "79"))
    if (!offered.length) return <p className="notice">{t("shipping.none")}</p>
    const choices: Choice[] = offered.map((option) => {
      const code = option.type?.code ?? "standard"
      const showroom = SHOWROOMS.find((candidate) => option.name.includes(candidate.name.vi))
      const detail =
        code === "pickup" && showroom
          ? t("shipping.pickupAt", { address: `${showroom.address}, ${showroom.city}`, hours: showroom.openingHours, phone: showroom.phone })
          : t(`shipping.${code === "express" ? "express" : "standard"}Detail`)
      const title = code === "pickup" && showroom ? t("shipping.pickup", { showroom: showroom.name[locale] }) : t(`shipping.${code === "express" ? "express" : "standard"}`)
      return { id: option.id, title, detail, price: option.amount ? formatPrice(option.amount, cart.currency_code) : t("free"), testId: `shipping-${code}` }
    })
    return <ShippingForm choices={choices} selected={cart.shipping_methods?.[0]?.shipping_option_id ?? undefined} />
  }

  if (step === "payment") {
    const providers = await listPaymentProviders(cart.region_id ?? "").catch(() => [])
    const choices: Choice[] = providers
      .filter((provider) => provider.id === "pp_offline_cod" || provider.id === "pp_offline_bank-transfer")
      .sort((a) => (a.id === "pp_offline_cod" ? -1 : 1))
      .map((provider) => {
        const key = provider.id === "pp_offline_cod" ? "cod" : "bankTransfer"
        return { id: provider.id, title: t(`payment.${key}.title`), detail: t(`payment.${key}.detail`), testId: `payment-${key}` }
      })
    if (!choices.length) return <p className="notice">{t("payment.none")}</p>
    return <PaymentForm choices={choices} selected={activeSession(cart)?.provider_id} />
  }

  const session = activeSession(cart)
  const account = session?.provider_id === "pp_offline_bank-transfer" ? bankAccountOf(session.data as Record<string, unknown>) : undefined
  return (
    <div className={styles.form}>
      {account && (
        <section aria-labelledby="review-bank-title">
          <h3 id="review-bank-title">{t("payment.bankTransfer.title")}</h3>
          <BankTransfer account={account} amount={cart.total ?? 0} currencyCode={cart.currency_code} />
        </section>
      )}
      <p className="muted">{t("review.terms")}</p>
      <PlaceOrderForm />
    </div>
  )
}
