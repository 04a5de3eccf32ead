import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { openTicket } from "@/lib/actions/support"
import { listCustomerOrders, requireCustomer } from "@/lib/data/customer"
import { listCustomerConversations } from "@/lib/data/support"
import { formatDateTime } from "@/lib/util/dates"
import styles from "@/modules/booking/components/booking.module.css"
import { SupportForm } from "@/modules/chat/components/support-form"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "support" })
  return { title: t("title") }
}

/** Account → Hỗ trợ: the customer's tickets and chats, and a form to open a ticket (optionally about an order). */
export default async function SupportPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireCustomer(locale, "/tai-khoan/ho-tro")
  const t = await getTranslations("support")
  const [conversations, orders] = await Promise.all([
    listCustomerConversations(locale).catch(() => null),
    listCustomerOrders({ limit: 20 }).catch(() => ({ orders: [] })),
  ])
  return (
    <>
      <h1>{t("title")}</h1>
      {conversations === null ? (
        <p className="notice">{t("loadFailed")}</p>
      ) : conversations.length ? (
        <ul className={styles.list} data-testid="ticket-list">
          {conversations.map((conversation) => (
            <li key={conversation.id} className={styles.row}>
              <Link href={`/tai-khoan/ho-tro/${conversation.id}`}>{conversation.subject}</Link>
              <span className={styles.hint}>
                {t(`kind.${conversation.kind}`)} · {t(`status.${conversation.status}`)}
                {conversation.last_message_at ? ` · ${formatDateTime(conversation.last_message_at, locale)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
      <section className={`${styles.section} ${styles.panel}`} aria-labelledby="new-ticket">
        <h2 id="new-ticket">{t("newTicket")}</h2>
        <SupportForm action={openTicket} submitLabel={t("send")}>
          <input type="hidden" name="locale" value={locale} />
          <div className={styles.field}>
            <label htmlFor="ticket-subject">{t("subject")}</label>
            <input id="ticket-subject" name="subject" required minLength={3} maxLength={200} />
          </div>
          {orders.orders.length ? (
            <div className={styles.field}>
              <label htmlFor="ticket-order">{t("order")}</label>
              <select id="ticket-order" name="order_id" defaultValue="">
                <option value="">{t("noOrder")}</option>
                {orders.orders.map((order) => (
                  <option key={order.id} value={order.id}>
                    #{order.display_id} · {formatDateTime(order.created_at as string, locale)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className={styles.field}>
            <label htmlFor="ticket-body">{t("body")}</label>
            <textarea id="ticket-body" name="body" required rows={5} maxLength={5000} />
          </div>
        </SupportForm>
      </section>
    </>
  )
}
