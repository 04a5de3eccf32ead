import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { replyToTicket } from "@/lib/actions/support"
import { requireCustomer } from "@/lib/data/customer"
import { chatIdentity, getConversation } from "@/lib/data/support"
import { formatDateTime } from "@/lib/util/dates"
import styles from "@/modules/booking/components/booking.module.css"
import { SupportForm } from "@/modules/chat/components/support-form"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "support" })
  return { title: t("thread") }
}

/** One ticket or chat: its status, the thread with attachments, and a reply box. */
export default async function TicketPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  await requireCustomer(locale, `/tai-khoan/ho-tro/${id}`)
  const conversation = await getConversation(await chatIdentity(), id, locale)
  if (!conversation) notFound()
  const t = await getTranslations("support")
  return (
    <>
      <p>
        <Link href="/tai-khoan/ho-tro">← {t("title")}</Link>
      </p>
      <h1>{conversation.subject}</h1>
      <p className={styles.hint}>
        {t(`kind.${conversation.kind}`)} · {t(`status.${conversation.status}`)}
      </p>
      <ol className={styles.list}>
        {(conversation.messages ?? []).map((message) => (
          <li key={message.id} className={styles.row}>
            <strong>{message.author_type === "staff" ? t("shop") : message.author_type === "system" ? t("system") : t("you")}</strong>
            <time className={styles.hint} dateTime={new Date(message.created_at).toISOString()}>
              {formatDateTime(message.created_at, locale)}
            </time>
            {message.body ? <p style={{ margin: 0, whiteSpace: "pre-wrap" }}>{message.body}</p> : null}
            {message.attachments?.map((attachment) =>
              attachment.signed_url ? (
                <a key={attachment.id} href={`/api/chat/file?u=${encodeURIComponent(attachment.signed_url)}`} target="_blank" rel="noopener noreferrer">
                  {attachment.name}
                </a>
              ) : null
            )}
          </li>
        ))}
      </ol>
      {conversation.status !== "closed" ? (
        <section className={styles.panel} aria-labelledby="reply">
          <h2 id="reply">{t("reply")}</h2>
          <SupportForm action={replyToTicket} submitLabel={t("send")}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="conversation_id" value={conversation.id} />
            <div className={styles.field}>
              <label htmlFor="reply-body">{t("body")}</label>
              <textarea id="reply-body" name="body" required rows={4} maxLength={5000} />
            </div>
          </SupportForm>
        </section>
      ) : null}
    </>
  )
}
