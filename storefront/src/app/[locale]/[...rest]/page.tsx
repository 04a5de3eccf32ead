import { notFound } from "next/navigation"

/** Any address the shop has no page for gets the localized 404 inside the frame. */
export default function UnknownPage() {
  notFound()
}
