import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { offlinePaymentMethodName } from "../../modules/offline-payment/methods"
import type { BankAccount } from "../../modules/offline-payment/service"

type PaymentRecord = { id: string; provider_id: string; data?: Record<string, unknown> | null }

/** Payments once the order is paid or authorised, otherwise the sessions the customer chose. */
function paymentsOf(order: HttpTypes.AdminOrder): PaymentRecord[] {
  const collections = order.payment_collections ?? []
  const payments = collections.flatMap((collection) => collection.payments ?? [])
  return payments.length ? payments : collections.flatMap((collection) => collection.payment_sessions ?? [])
}

const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-2 px-6 py-2">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="break-words">
      {value}
    </Text>
  </div>
)

/**
 * Medusa Admin shows a payment by its provider id ("Pp_offline_cod") and has no hook to
 * rename it; this names the method and, for a bank transfer, what staff match the money by.
 */
const OrderPaymentMethodWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const payments = paymentsOf(order)
  if (!payments.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Phương thức thanh toán</Heading>
      </div>
      {payments.map((payment) => {
        const name = offlinePaymentMethodName(payment.data)
        const account = payment.data?.bank_account as BankAccount | undefined
        const reference = payment.data?.transfer_reference as string | undefined
        return (
          <div key={payment.id} className="py-2" data-payment-method={payment.provider_id}>
            <Row label="Phương thức" value={name?.vi ?? payment.provider_id} />
            {account && (
              <>
                <Row label="Ngân hàng" value={[account.bank_name, account.branch].filter(Boolean).join(" – ")} />
                <Row label="Số tài khoản" value={account.account_number} />
                <Row label="Chủ tài khoản" value={account.account_holder} />
              </>
            )}
            {reference && <Row label="Nội dung chuyển khoản" value={reference} />}
          </div>
        )
      })}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderPaymentMethodWidget
