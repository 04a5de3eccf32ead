import crypto from "node:crypto"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { OFFLINE_PAYMENT_METHOD_NAMES } from "./methods"

export type BankAccount = {
  bank_name: string
  account_number: string
  account_holder: string
  branch?: string
}

export type OfflinePaymentOptions =
  | { method: "cash-on-delivery" }
  | { method: "bank-transfer"; bank_account: BankAccount }

/**
 * Payments settled outside the website: cash handed to the courier or technician, or a
 * bank transfer the customer makes after ordering. The order is placed with the payment
 * authorised; staff capture it in Medusa Admin once the money has arrived.
 */
export default class OfflinePaymentProviderService extends AbstractPaymentProvider<OfflinePaymentOptions> {
  static identifier = "offline"

  // AbstractPaymentProvider's constructor is protected; the module loader needs a public one.
  constructor(container: Record<string, unknown>, options: OfflinePaymentOptions) {
    super(container, options)
  }

  static validateOptions(options: Record<string, unknown>): void {
    if (options.method !== "cash-on-delivery" && options.method !== "bank-transfer") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Offline payment provider: method must be "cash-on-delivery" or "bank-transfer", got "${String(options.method)}"`
      )
    }
    if (options.method === "bank-transfer") {
      const account = options.bank_account as Partial<BankAccount> | undefined
      if (!account?.bank_name || !account.account_number || !account.account_holder) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Offline payment provider: bank-transfer needs bank_account.bank_name, account_number and account_holder"
        )
      }
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const id = crypto.randomUUID()
    const data: Record<string, unknown> = {
      method: this.config.method,
      // Carried with the payment so the admin and the storefront name the method, not the provider id.
      display_name: OFFLINE_PAYMENT_METHOD_NAMES[this.config.method],
      amount: input.amount,
      currency_code: input.currency_code,
    }
    if (this.config.method === "bank-transfer") {
      // The customer writes this reference in the transfer note so staff can match the money.
      data.transfer_reference = `ATL${id.replace(/-/g, "").slice(0, 10).toUpperCase()}`
      data.bank_account = this.config.bank_account
    }
    return { id, data }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const captured = Boolean((input.data as Record<string, unknown> | undefined)?.captured_at)
    return { status: captured ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, captured_at: new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const refunds = ((input.data?.refunds as unknown[]) ?? []).concat({
      amount: input.amount,
      refunded_at: new Date().toISOString(),
    })
    return { data: { ...input.data, refunds } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, cancelled_at: new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...input.data, amount: input.amount, currency_code: input.currency_code } }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
