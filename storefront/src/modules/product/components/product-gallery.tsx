"use client"

import Image from "next/image"
import { useTranslations } from "next-intl"
import { useState } from "react"
import styles from "./product.module.css"

/** The product's pictures: one large, the others as buttons below that swap it in. */
export function ProductGallery({ images, title }: { images: string[]; title: string }) {
  const t = useTranslations("catalog.product")
  const [current, setCurrent] = useState(0)
  if (!images.length) return <div className={styles.galleryMain}><p className={styles.muted}>{t("noImage")}</p></div>
  return (
    <div className={styles.gallery}>
      <div className={styles.galleryMain}>
        <Image src={images[current]} alt={t("imageAlt", { product: title, index: current + 1 })} fill sizes="(max-width: 768px) 100vw, 50vw" priority />
      </div>
      {images.length > 1 && (
        <ul className={styles.thumbs} aria-label={t("gallery")}>
          {images.map((image, index) => (
            <li key={image + index}>
              <button type="button" className={styles.thumb} aria-current={index === current ? "true" : undefined} aria-label={t("showImage", { index: index + 1 })} onClick={() => setCurrent(index)}>
                <Image src={image} alt="" fill sizes="64px" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
