"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { placeOrder, savePayment, saveShipping, type CheckoutFormState } from "@/lib/actions/checkout"
import { FieldError } from "./field-error"
import styles from "./checkout.module.css"

export type Choice = { id: string; title: string; detail?: string; price?: string; testId?: string }

function Choices({ name, legend, choices, selected }: { name: string; legend: string; choices: Choice[]; selected?: string }) {
  return (
    <fieldset className={styles.choices}>
      <legend className="visually-hidden">{legend}</legend>
      {choices.map((choice, index) => (
        <label key={choice.id} className={styles.choice} data-testid={choice.testId}>
          <input type="radio" name={name} value={choice.id} required defaultChecked={selected ? selected === choice.id : index === 0} />
          <span className={styles.choiceText}>
            <strong>{choice.title}</strong>
            {choice.detail && <span className="muted">{choice.detail}</span>}
          </span>
          {choice.price && <strong className={styles.choicePrice}>{choice.price}</strong>}
        </label>
      ))}
    </fieldset>
  )
}

/** Step 3: the options Medusa offers for the address (express only where it applies). */
export function ShippingForm({ choices, selected }: { choices: Choice[]; selected?: string }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<CheckoutFormState, FormData>(saveShipping, null)
  return (
    <form action={action} className={styles.form}>
      <Choices name="optionId" legend={t("steps.shipping")} choices={choices} selected={selected} />
      <FieldError state={state} field="option" id="checkout-option-error" />
      <FieldError state={state} field="form" id="checkout-shipping-error" />
      <button type="submit" className="button button--primary" disabled={pending}>{t("continue")}</button>
    </form>
  )
}

/** Step 4: cash on delivery or bank transfer. */
export function PaymentForm({ choices, selected }: { choices: Choice[]; selected?: string }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<CheckoutFormState, FormData>(savePayment, null)
  return (
    <form action={action} className={styles.form}>
      <Choices name="providerId" legend={t("steps.payment")} choices={choices} selected={selected} />
      <FieldError state={state} field="payment" id="checkout-payment-error" />
      <FieldError state={state} field="form" id="checkout-payment-form-error" />
      <button type="submit" className="button button--primary" disabled={pending}>{t("continue")}</button>
    </form>
  )
}

/** Step 5: the button that places the order. */
export function PlaceOrderForm() {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<CheckoutFormState, FormData>(placeOrder, null)
  return (
    <form action={action} className={styles.form}>
      <FieldError state={state} field="form" id="checkout-place-error" />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("review.placing") : t("review.placeOrder")}
      </button>
    </form>
  )
}
