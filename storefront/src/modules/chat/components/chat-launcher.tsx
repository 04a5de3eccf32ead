"use client"

import { useTranslations } from "next-intl"
import { lazy, Suspense, useEffect, useState } from "react"
import styles from "./chat.module.css"

/** Set once a visitor has a chat, so later pages connect for live replies and the unread badge. */
export const CHAT_ACTIVE_KEY = "tl_chat_active"

const ChatPanel = lazy(() => import("./chat-panel"))

/**
 * The chat button on every page. The panel (and socket.io) loads only when the visitor opens
 * it, or on later pages once they have a chat: a first visit costs this button and nothing more.
 */
export function ChatLauncher() {
  const t = useTranslations("chat")
  const [open, setOpen] = useState(false)
  const [load, setLoad] = useState(false)
  const [unread, setUnread] = useState(0)

  useEffect(() => {
    try {
      if (window.localStorage.getItem(CHAT_ACTIVE_KEY)) setLoad(true)
    } catch {
      // storage blocked: the panel loads on the first click instead
    }
  }, [])

  return (
    <div className={styles.root}>
      {load ? (
        <Suspense fallback={open ? <div className={styles.panel} aria-busy="true" /> : null}>
          <ChatPanel open={open} onClose={() => setOpen(false)} onUnreadChange={setUnread} />
        </Suspense>
      ) : null}
      <button
        type="button"
        className={styles.launcher}
        aria-expanded={open}
        aria-controls="chat-panel"
        data-testid="chat-launcher"
        onClick={() => {
          setLoad(true)
          setOpen((value) => !value)
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12Z" />
        </svg>
        <span className={styles.launcherLabel}>{open ? t("close") : t("open")}</span>
        {unread > 0 && !open ? (
          <span className={styles.badge} data-testid="chat-unread">
            <span aria-hidden="true">{unread}</span>
            <span className="visually-hidden">{t("unread", { count: unread })}</span>
          </span>
        ) : null}
      </button>
    </div>
  )
}
