import { createServer, type Server as HttpServer } from "node:http"
import type { AddressInfo } from "node:net"
import jwt from "jsonwebtoken"
import { Server, type Socket } from "socket.io"

export type Actor = { type: "customer" | "user" | "guest"; id: string }

export type ConversationAccess = (actor: Actor, conversationId: string) => Promise<boolean>
export type MissedMessages = (actor: Actor, conversationId: string, afterId: string | null) => Promise<unknown[]>

export type GatewayOptions = {
  port: number
  jwtSecret: string
  corsOrigins: string[]
  redisUrl?: string
  logger: { info: (message: string) => void; warn: (message: string) => void }
  /** Events a socket may send per 10 seconds before they are dropped. */
  eventsPer10Seconds?: number
}

const staffRoom = "staff"
export const conversationRoom = (id: string) => `conversation:${id}`
/** Staff of a conversation also hear its internal notes, which customers never do. */
export const conversationStaffRoom = (id: string) => `conversation:${id}:staff`

/**
 * The socket.io server every part of the shop pushes through (see ARCHITECTURE.md,
 * "Realtime contract"). It runs on its own port because Medusa exposes no hook to its HTTP
 * server. A handshake carries a Medusa token (customer or admin user) or a guest chat token,
 * verified with the project's JWT secret.
 */
export class RealtimeGateway {
  private conversationAccess: ConversationAccess = async () => false
  private missedMessages: MissedMessages = async () => []

  private constructor(
    readonly io: Server,
    private readonly httpServer: HttpServer,
    private readonly options: GatewayOptions,
    private readonly closeRedis: () => Promise<void>
  ) {}

  static async start(options: GatewayOptions): Promise<RealtimeGateway> {
    const httpServer = createServer()
    const io = new Server(httpServer, { cors: { origin: options.corsOrigins, credentials: true }, serveClient: false })
    let closeRedis = async () => {}
    if (options.redisUrl) {
      const [{ createAdapter }, { Redis }] = await Promise.all([import("@socket.io/redis-adapter"), import("ioredis")])
      const publisher = new Redis(options.redisUrl)
      const subscriber = publisher.duplicate()
      io.adapter(createAdapter(publisher, subscriber))
      closeRedis = async () => {
        await Promise.allSettled([publisher.quit(), subscriber.quit()])
      }
    }
    const gateway = new RealtimeGateway(io, httpServer, options, closeRedis)
    io.use((socket, next) => gateway.authenticate(socket, next))
    io.on("connection", (socket) => gateway.onConnection(socket))
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject)
      httpServer.listen(options.port, () => resolve())
    })
    options.logger.info(`[realtime] socket.io gateway listening on port ${gateway.port}${options.redisUrl ? " with the Redis adapter" : ""}`)
    return gateway
  }

  get port(): number {
    return (this.httpServer.address() as AddressInfo).port
  }

  /** Set by the support module: who may join which conversation, and what they missed. */
  useConversations(access: ConversationAccess, missed: MissedMessages) {
    this.conversationAccess = access
    this.missedMessages = missed
  }

  emit(rooms: string | string[], event: string, payload: unknown) {
    this.io.to(rooms).emit(event, payload)
  }

  async close() {
    this.io.close()
    await this.closeRedis()
  }

  private authenticate(socket: Socket, next: (error?: Error) => void) {
    const token = socket.handshake.auth?.token
    if (typeof token !== "string" || !token) return next(new Error("unauthorized: a token is required"))
    try {
      const claims = jwt.verify(token, this.options.jwtSecret) as { actor_type?: string; actor_id?: string }
      if (!claims.actor_id || !["customer", "user", "guest"].includes(claims.actor_type ?? "")) {
        return next(new Error("unauthorized: the token names no customer, user or guest"))
      }
      socket.data.actor = { type: claims.actor_type, id: claims.actor_id } as Actor
      next()
    } catch {
      next(new Error("unauthorized: invalid or expired token"))
    }
  }

  private onConnection(socket: Socket) {
    const actor = socket.data.actor as Actor
    const rooms = actor.type === "user" ? [`user:${actor.id}`, staffRoom] : [`${actor.type}:${actor.id}`]
    socket.join(rooms)
    socket.emit("connection:ready", { actor, rooms })

    const limit = this.options.eventsPer10Seconds ?? 40
    let windowStart = Date.now()
    let count = 0
    let strikes = 0
    socket.use((_packet, next) => {
      if (Date.now() - windowStart > 10_000) {
        windowStart = Date.now()
        count = 0
      }
      if (++count <= limit) return next()
      if (++strikes > 3) socket.disconnect(true)
      next(new Error("rate_limited: too many events, slow down"))
    })

    socket.on("conversation:join", async (request: { conversation_id?: string; last_message_id?: string | null }, ack?: (reply: unknown) => void) => {
      const reply = typeof ack === "function" ? ack : () => {}
      const conversationId = request?.conversation_id
      if (typeof conversationId !== "string" || !(await this.conversationAccess(actor, conversationId).catch(() => false))) {
        return reply({ error: "not_found", message: "Conversation not found" })
      }
      socket.join(actor.type === "user" ? [conversationRoom(conversationId), conversationStaffRoom(conversationId)] : conversationRoom(conversationId))
      const missed = await this.missedMessages(actor, conversationId, request.last_message_id ?? null)
      reply({ ok: true, messages: missed })
    })

    socket.on("conversation:leave", (request: { conversation_id?: string }) => {
      if (typeof request?.conversation_id !== "string") return
      socket.leave(conversationRoom(request.conversation_id))
      socket.leave(conversationStaffRoom(request.conversation_id))
    })

    // Stock of a product is public: anyone connected may follow it on a product page.
    socket.on("product:watch", (request: { product_id?: string }) => {
      if (typeof request?.product_id === "string" && /^prod_[A-Z0-9]+$/.test(request.product_id)) {
        socket.join(`product:${request.product_id}`)
      }
    })

    socket.on("typing", (request: { conversation_id?: string; typing?: boolean }) => {
      const room = typeof request?.conversation_id === "string" ? conversationRoom(request.conversation_id) : undefined
      if (!room || !socket.rooms.has(room)) return
      socket.to(room).emit("typing", { conversation_id: request.conversation_id, actor, typing: request.typing !== false })
    })

    socket.on("error", (error) => socket.emit("error", { message: error.message }))
  }
}
