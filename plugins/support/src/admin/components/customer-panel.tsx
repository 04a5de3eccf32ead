import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useQuery } from "@tanstack/react-query"
import { formatTime, sdk } from "../lib/client"
import { vietnameseName, type Conversation } from "../lib/inbox"

type OrderSummary = { id: string; display_id: number; created_at: string; total: number; currency_code: string }
type BookingSummary = { id: string; starts_at: string; service?: { name: string } | null }

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: currency.toUpperCase() }).format(amount)

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-1 px-4 py-3">
    <Text size="xsmall" weight="plus" className="uppercase text-ui-fg-muted">{title}</Text>
    {children}
  </section>
)

/** The customer's latest orders, through Medusa's own admin API. */
function useRecentOrders(customerId?: string | null) {
  return useQuery({
    queryKey: ["support-customer-orders", customerId],
    enabled: Boolean(customerId),
    queryFn: () =>
      sdk.client.fetch<{ orders: OrderSummary[] }>(
        `/admin/orders?customer_id=${customerId}&limit=5&order=-created_at&fields=id,display_id,created_at,total,currency_code`
      ),
  })
}

/**
 * The customer's bookings through the booking plugin's admin API, from the browser: support's
 * server never reads the booking plugin's tables. Without that plugin (or the permission) the
 * section says so instead of failing the panel.
 */
function useRecentBookings(customerId?: string | null) {
  return useQuery({
    queryKey: ["support-customer-bookings", customerId],
    enabled: Boolean(customerId),
    retry: false,
    queryFn: () => sdk.client.fetch<{ bookings: BookingSummary[] }>(`/admin/bookings?customer_id=${customerId}&limit=5`),
  })
}

/** Who the conversation is with and what it is about: the customer or guest, their orders and bookings, the linked order. */
export const CustomerPanel = ({ conversation }: { conversation: Conversation }) => {
  const customer = conversation.customer
  const orders = useRecentOrders(customer?.id)
  const bookings = useRecentBookings(customer?.id)
  return (
    <div className="flex flex-col divide-y" data-testid="support-customer-panel">
      <Section title={customer ? "Khách hàng" : "Khách vãng lai"}>
        {customer ? (
          <>
            <a href={`/app/customers/${customer.id}`} className="txt-compact-small-plus text-ui-fg-interactive">
              <Heading level="h3">{vietnameseName(customer) || customer.email}</Heading>
            </a>
            {customer.phone && <a href={`tel:${customer.phone}`} className="txt-small">{customer.phone}</a>}
            {customer.email && <a href={`mailto:${customer.email}`} className="txt-small break-all">{customer.email}</a>}
          </>
        ) : (
          <>
            <Heading level="h3">{conversation.guest_name || "Chưa để lại tên"}</Heading>
            {conversation.guest_email ? (
              <a href={`mailto:${conversation.guest_email}`} className="txt-small break-all">{conversation.guest_email}</a>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">Khách chưa để lại e-mail.</Text>
            )}
          </>
        )}
      </Section>
      {conversation.order && (
        <Section title="Đơn hàng liên quan">
          <a href={`/app/orders/${conversation.order.id}`} className="txt-compact-small-plus text-ui-fg-interactive">Đơn #{conversation.order.display_id}</a>
        </Section>
      )}
      {customer && (
        <Section title="Đơn hàng gần đây">
          {orders.data?.orders.map((order) => (
            <a key={order.id} href={`/app/orders/${order.id}`} className="flex justify-between gap-2 txt-small">
              <span className="text-ui-fg-interactive">#{order.display_id}</span>
              <span className="text-ui-fg-subtle">{formatTime(order.created_at)}</span>
              <span>{money(order.total, order.currency_code)}</span>
            </a>
          ))}
          {orders.data && !orders.data.orders.length && <Text size="small" className="text-ui-fg-subtle">Chưa có đơn hàng.</Text>}
          {orders.isError && <Text size="small" className="text-ui-fg-subtle">Không tải được đơn hàng.</Text>}
        </Section>
      )}
      {customer && (
        <Section title="Lịch hẹn dịch vụ">
          {bookings.data?.bookings.map((booking) => (
            <a key={booking.id} href="/app/bookings" className="flex justify-between gap-2 txt-small">
              <span className="truncate">{booking.service?.name ?? "Lịch hẹn"}</span>
              <span className="shrink-0 text-ui-fg-subtle">{formatTime(booking.starts_at)}</span>
            </a>
          ))}
          {bookings.data && !bookings.data.bookings.length && <Text size="small" className="text-ui-fg-subtle">Chưa có lịch hẹn.</Text>}
          {bookings.isError && <Text size="small" className="text-ui-fg-subtle">Không xem được lịch hẹn.</Text>}
        </Section>
      )}
    </div>
  )
}
