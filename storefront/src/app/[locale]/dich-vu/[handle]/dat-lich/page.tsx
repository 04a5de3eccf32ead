import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { randomUUID } from "node:crypto"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { confirmBooking, readBookingDraft, saveBookingAddress, saveBookingContact, saveBookingSlot } from "@/lib/actions/booking"
import { getAvailability, getBookingServiceByHandle, type BookingService } from "@/lib/data/booking-services"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProductByHandle } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { resolveBookingStep, stepsFor, type BookingDraft, type BookingStep } from "@/lib/util/booking-flow"
import { addDays, daysBetween, groupSlotsByLocalDay, localDay } from "@/lib/util/booking-slots"
import { formatDateTime } from "@/lib/util/dates"
import { listProvinces, provinceByCode, wardByCode } from "@/lib/vietnam/administrative-units"
import { medusaProvinceCode } from "@/lib/vietnam/provinces"
import { ProvinceWardFields } from "@/modules/account/components/province-ward-fields"
import { BookingActionForm } from "@/modules/booking/components/action-form"
import styles from "@/modules/booking/components/booking.module.css"
import { ServicePrice } from "@/modules/booking/components/service-card"
import { SlotDays, SlotOptions } from "@/modules/booking/components/slot-calendar"

type Search = { buoc?: string; ngay?: string; loi?: string; product?: string }
type Props = { params: Promise<{ locale: Locale; handle: string }>; searchParams: Promise<Search> }

/** How far ahead customers may book online. */
const WINDOW_DAYS = 14

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const t = await getTranslations({ locale, namespace: "booking.flow" })
  const service = await getBookingServiceByHandle(handle).catch(() => undefined)
  return { title: service ? t("titleOf", { service: service.name }) : t("title"), robots: { index: false } }
}

const stepHref = (handle: string, step: BookingStep, extra = "") => `/dich-vu/${handle}/dat-lich?buoc=${step}${extra}`
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Booking a service, one step per screen with the step in the URL (`?buoc=dia-chi`,
 * `thoi-gian`, `lien-he`, `xac-nhan`): address (province → ward, for on-site work) → a day and
 * a time from the availability API → phone and notes → confirm, which needs a login.
 */
export default async function BookingFlowPage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const service = await getBookingServiceByHandle(handle).catch(() => undefined)
  if (!service) notFound()
  const t = await getTranslations("booking.flow")
  const draft = await readBookingDraft(handle)
  const steps = stepsFor(service.requires_address)
  const step = resolveBookingStep(one(query.buoc), draft, service.requires_address)
  const product = one(query.product)
  const productHandle = product && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(product) ? product : undefined

  return (
    <div className={styles.flow}>
      <p>
        <Link href={`/dich-vu/${handle}`}>← {service.name}</Link>
      </p>
      <h1>{t("titleOf", { service: service.name })}</h1>
      <ol className={styles.steps} aria-label={t("stepsLabel")}>
        {steps.map((name, index) => {
          const state = index < steps.indexOf(step) ? "done" : name === step ? "current" : "todo"
          return (
            <li key={name} aria-current={name === step ? "step" : undefined} data-state={state}>
              {state === "done" ? <Link href={stepHref(handle, name)}>{t(`steps.${name}`)}</Link> : t(`steps.${name}`)}
            </li>
          )
        })}
      </ol>
      {step === "dia-chi" ? (
        <AddressStep service={service} draft={draft} locale={locale} error={query.loi === "address"} product={productHandle} />
      ) : step === "thoi-gian" ? (
        <TimeStep service={service} draft={draft} locale={locale} day={one(query.ngay)} error={query.loi === "slot"} product={productHandle} />
      ) : step === "lien-he" ? (
        <ContactStep service={service} draft={draft} locale={locale} error={query.loi === "phone"} />
      ) : (
        <ConfirmStep service={service} draft={draft!} locale={locale} />
      )}
    </div>
  )
}

type StepProps = { service: BookingService; draft: BookingDraft | undefined; locale: Locale }

async function AddressStep({ service, draft, locale, error, product }: StepProps & { error: boolean; product?: string }) {
  const t = await getTranslations("booking.flow")
  return (
    <section className={styles.panel} aria-labelledby="step-heading">
      <h2 id="step-heading">{t("address.heading")}</h2>
      <p className={styles.hint}>{t("address.intro")}</p>
      {error ? (
        <p role="alert" className={styles.error} id="address-error">
          {t("address.error")}
        </p>
      ) : null}
      <form action={saveBookingAddress} className={styles.form}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="service" value={service.handle} />
        {product ? <input type="hidden" name="product" value={product} /> : null}
        <ProvinceWardFields provinces={listProvinces()} provinceCode={draft?.province} wardCode={draft?.ward} errorId="address-error" />
        <div className={styles.field}>
          <label htmlFor="field-street">{t("address.street")}</label>
          <input id="field-street" name="street" required maxLength={255} autoComplete="street-address" defaultValue={draft?.street ?? ""} />
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button button--primary">
            {t("next")}
          </button>
        </div>
      </form>
    </section>
  )
}

async function TimeStep({ service, draft, locale, day, error, product }: StepProps & { day?: string; error: boolean; product?: string }) {
  const t = await getTranslations("booking.flow")
  const today = localDay(new Date())
  const days = daysBetween(today, addDays(today, WINDOW_DAYS - 1))
  const provinceCode = service.requires_address && draft?.province ? medusaProvinceCode(draft.province) : undefined
  let grouped: ReturnType<typeof groupSlotsByLocalDay> = []
  let refusal: string | undefined
  try {
    const { slots } = await getAvailability(service.id, { from: days[0], to: days[days.length - 1], provinceCode, locale })
    grouped = groupSlotsByLocalDay(slots, days)
  } catch (failure) {
    const status = (failure as { status?: number }).status
    refusal = status && status < 500 && failure instanceof Error ? failure.message : t("time.loadFailed")
  }
  const hasAny = grouped.some((entry) => entry.slots.length)
  const selected = days.includes(day ?? "") ? day : (draft?.starts_at && localDay(draft.starts_at)) || grouped.find((entry) => entry.slots.length)?.date
  const province = draft?.province ? provinceByCode(draft.province)?.name : undefined
  return (
    <section className={styles.panel} aria-labelledby="step-heading">
      <h2 id="step-heading">{t("time.heading")}</h2>
      {province ? <p className={styles.hint}>{t("time.forProvince", { province })}</p> : null}
      {refusal ? (
        <div role="alert" className={styles.error}>
          <p style={{ margin: 0 }}>{refusal}</p>
          {service.requires_address ? <Link href={stepHref(service.handle, "dia-chi")}>{t("time.changeAddress")}</Link> : null}
        </div>
      ) : !hasAny ? (
        <div className={styles.notice} data-testid="no-slots">
          <p style={{ margin: 0 }}>{service.requires_address ? t("time.noneInArea") : t("time.none")}</p>
          {service.requires_address ? <Link href={stepHref(service.handle, "dia-chi")}>{t("time.changeAddress")}</Link> : null}
        </div>
      ) : (
        <>
          {error ? (
            <p role="alert" className={styles.error}>
              {t("time.error")}
            </p>
          ) : null}
          <SlotDays
            days={grouped}
            selected={selected}
            locale={locale}
            hrefFor={(date) => `${stepHref(service.handle, "thoi-gian", `&ngay=${date}`)}${product ? `&product=${product}` : ""}`}
          />
          <form action={saveBookingSlot} className={styles.form}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="service" value={service.handle} />
            {product ? <input type="hidden" name="product" value={product} /> : null}
            <SlotOptions day={grouped.find((entry) => entry.date === selected)} locale={locale} current={draft?.starts_at} />
            <p className={styles.hint}>{t("time.localTime")}</p>
            <div className={styles.actions}>
              <button type="submit" className="button button--primary" data-testid="slot-next">
                {t("next")}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  )
}

async function ContactStep({ service, draft, locale, error }: StepProps & { error: boolean }) {
  const t = await getTranslations("booking.flow")
  const customer = await retrieveCustomer()
  let notes = draft?.notes
  if (notes === undefined && draft?.product) {
    const region = await getRegion().catch(() => undefined)
    const product = region ? await getProductByHandle(draft.product, region.id).catch(() => undefined) : undefined
    notes = t("contact.productNote", { product: product?.title ?? draft.product })
  }
  return (
    <section className={styles.panel} aria-labelledby="step-heading">
      <h2 id="step-heading">{t("contact.heading")}</h2>
      {error ? (
        <p role="alert" className={styles.error} id="phone-error">
          {t("contact.phoneError")}
        </p>
      ) : null}
      <form action={saveBookingContact} className={styles.form}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="service" value={service.handle} />
        <div className={styles.field}>
          <label htmlFor="field-phone">{t("contact.phone")}</label>
          <input
            id="field-phone"
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            defaultValue={draft?.phone ?? customer?.phone ?? ""}
            aria-invalid={error || undefined}
            aria-describedby={error ? "phone-error phone-hint" : "phone-hint"}
          />
          <p id="phone-hint" className={styles.hint}>
            {t("contact.phoneHint")}
          </p>
        </div>
        <div className={styles.field}>
          <label htmlFor="field-notes">{t("contact.notes")}</label>
          <textarea id="field-notes" name="notes" rows={4} maxLength={2000} defaultValue={notes ?? ""} data-testid="booking-notes" />
          <p className={styles.hint}>{t("contact.notesHint")}</p>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button button--primary">
            {t("next")}
          </button>
        </div>
      </form>
    </section>
  )
}

async function ConfirmStep({ service, draft, locale }: StepProps & { draft: BookingDraft }) {
  const t = await getTranslations("booking.flow")
  const customer = await retrieveCustomer()
  const province = draft.province ? provinceByCode(draft.province)?.name : undefined
  const ward = draft.province && draft.ward ? wardByCode(draft.province, draft.ward)?.name : undefined
  const returnPath = stepHref(service.handle, "xac-nhan")
  return (
    <section className={styles.panel} aria-labelledby="step-heading">
      <h2 id="step-heading">{t("confirm.heading")}</h2>
      <dl className={styles.facts} data-testid="booking-summary">
        <dt>{t("confirm.service")}</dt>
        <dd>{service.name}</dd>
        <dt>{t("confirm.when")}</dt>
        <dd>{draft.starts_at ? formatDateTime(draft.starts_at, locale) : ""}</dd>
        {service.requires_address ? (
          <>
            <dt>{t("confirm.where")}</dt>
            <dd>{[draft.street, ward, province].filter(Boolean).join(", ")}</dd>
          </>
        ) : (
          <>
            <dt>{t("confirm.where")}</dt>
            <dd>{t("confirm.showroom")}</dd>
          </>
        )}
        <dt>{t("confirm.phone")}</dt>
        <dd>{draft.phone}</dd>
        {draft.notes ? (
          <>
            <dt>{t("confirm.notes")}</dt>
            <dd style={{ whiteSpace: "pre-wrap" }}>{draft.notes}</dd>
          </>
        ) : null}
        <dt>{t("confirm.price")}</dt>
        <dd>
          <ServicePrice service={service} />
        </dd>
      </dl>
      <p className={styles.hint}>{t("confirm.policy")}</p>
      {customer ? (
        <BookingActionForm
          action={confirmBooking}
          submitLabel={t("confirm.submit")}
          loginPath={returnPath}
          slotHref={stepHref(service.handle, "thoi-gian")}
          testId="confirm-booking"
        >
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="service" value={service.handle} />
          {/* One key per attempt: a double tap or a retry books once. */}
          <input type="hidden" name="idempotency_key" value={randomUUID()} />
        </BookingActionForm>
      ) : (
        <div className={styles.notice} data-testid="booking-login">
          <p style={{ marginTop: 0 }}>{t("confirm.loginNeeded")}</p>
          <div className={styles.actions}>
            <Link href={{ pathname: "/tai-khoan/dang-nhap", query: { next: returnPath } }} className="button button--primary">
              {t("confirm.login")}
            </Link>
            <Link href={{ pathname: "/tai-khoan/dang-ky", query: { next: returnPath } }} className="button">
              {t("confirm.register")}
            </Link>
          </div>
        </div>
      )}
    </section>
  )
}
