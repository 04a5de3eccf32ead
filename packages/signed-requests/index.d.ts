export function sign(body: string, timestamp: number, secret: string): string
export function verify(body: string, timestamp: number, signature: string, secret: string, maxAgeSeconds?: number): boolean
export function previewToken(collection: string, slug: string, secret: string, ttlSeconds?: number): string
export function verifyPreviewToken(token: string | null | undefined, collection: string, slug: string, secret: string): boolean
