import { createServer, type Server as HttpServer } from "node:http"
import type { AddressInfo } from "node:net"
import {
  ClientEvents,
  Rooms,
  ServerEvents,
  type Actor,
  type ClientToServerEvents,
  type ConversationJoinReply,
  type Room,
  type ServerEventName,
  type ServerEventPayloads,
  type ServerToClientEvents,
} from "@tailoc/realtime-contract"
import jwt from "jsonwebtoken"
import { Server, type Socket } from "socket.io"
import { RoomKindRegistry } from "./rooms"

export type GatewayOptions = {
  port: number
  jwtSecret: string
  corsOrigins: string[]
  redisUrl?: string
  logger: { info: (message: string) => void; warn: (message: string) => void }
  /** Events a socket may send per 10 seconds before they are dropped. */
  eventsPer10Seconds?: number
  /** Who governs which room kind; a gateway started on its own gets an empty one. */
  rooms?: RoomKindRegistry
}

type SocketData = { actor: Actor }
type GatewaySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
type GatewayServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>

const ACTOR_TYPES: readonly string[] = ["customer", "user", "guest"]
const PRODUCT_ID = /^prod_[A-Z0-9]+$/
const RATE_LIMITED = "rate_limited: too many events, slow down"
/** Strikes past the rate limit before the socket is cut off. */
const MAX_STRIKES = 3

/**
 * The socket.io server every part of the shop pushes through (ARCHITECTURE.md, "Realtime
 * contract"). It runs on its own port because Medusa exposes no hook to its HTTP server. A
 * handshake carries a Medusa token (customer or admin user) or a guest chat token, verified
 * with the project's JWT secret.
 */
export class RealtimeGateway {
  private constructor(
    readonly io: GatewayServer,
    private readonly httpServer: HttpServer,
    private readonly options: GatewayOptions,
    private readonly rooms: RoomKindRegistry,
    private readonly closeRedis: () => Promise<void>
  ) {}

  static async start(options: GatewayOptions): Promise<RealtimeGateway> {
    const httpServer = createServer()
    const io: GatewayServer = new Server(httpServer, { cors: { origin: options.corsOrigins, credentials: true }, serveClient: false })
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
    const gateway = new RealtimeGateway(io, httpServer, options, options.rooms ?? new RoomKindRegistry(), closeRedis)
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

  /** Sockets connected to this process (the adapter's other processes not counted). */
  get localSocketCount(): number {
    return this.io.engine.clientsCount
  }

  emit<E extends ServerEventName>(rooms: Room | Room[], event: E, payload: ServerEventPayloads[E]) {
    // socket.io's typed emit cannot follow a generic event name to its listener's parameters.
    ;(this.io.to(rooms).emit as (event: E, payload: ServerEventPayloads[E]) => boolean)(event, payload)
  }

  async close() {
    this.io.close()
    await this.closeRedis()
  }

  private authenticate(socket: GatewaySocket, next: (error?: Error) => void) {
    const token = socket.handshake.auth?.token
    if (typeof token !== "string" || !token) return next(new Error("unauthorized: a token is required"))
    try {
      const claims = jwt.verify(token, this.options.jwtSecret) as { actor_type?: string; actor_id?: string }
      if (!claims.actor_id || !ACTOR_TYPES.includes(claims.actor_type ?? "")) {
        return next(new Error("unauthorized: the token names no customer, user or guest"))
      }
      socket.data.actor = { type: claims.actor_type as Actor["type"], id: claims.actor_id }
      next()
    } catch {
      next(new Error("unauthorized: invalid or expired token"))
    }
  }

  private onConnection(socket: GatewaySocket) {
    const actor = socket.data.actor
    const rooms: Room[] = actor.type === "user" ? [Rooms.of(actor), Rooms.staff] : [Rooms.of(actor)]
    socket.join(rooms)
    socket.emit(ServerEvents.connectionReady, { actor, rooms })
    this.limitRate(socket)

    socket.on(ClientEvents.conversationJoin, async (request, ack) => {
      const reply = typeof ack === "function" ? ack : () => {}
      const notFound: ConversationJoinReply = { error: "not_found", message: "Conversation not found" }
      const conversationId = request?.conversation_id
      const hooks = this.rooms.of("conversation")
      if (typeof conversationId !== "string" || !hooks) return reply(notFound)
      const granted = await hooks.authorize(actor, conversationId).catch(() => null)
      if (!granted?.length) return reply(notFound)
      socket.join(granted)
      const lastId = typeof request.last_message_id === "string" ? request.last_message_id : null
      const messages = hooks.replay ? await hooks.replay(actor, conversationId, lastId).catch(() => []) : []
      reply({ ok: true, messages })
    })

    socket.on(ClientEvents.conversationLeave, (request) => {
      if (typeof request?.conversation_id !== "string") return
      socket.leave(Rooms.conversation(request.conversation_id))
      socket.leave(Rooms.conversationStaff(request.conversation_id))
    })

    socket.on(ClientEvents.productWatch, (request) => {
      if (typeof request?.product_id === "string" && PRODUCT_ID.test(request.product_id)) {
        socket.join(Rooms.product(request.product_id))
      }
    })

    socket.on(ClientEvents.typing, (request) => {
      const room = typeof request?.conversation_id === "string" ? Rooms.conversation(request.conversation_id) : undefined
      if (!room || !socket.rooms.has(room)) return
      socket.to(room).emit(ServerEvents.typing, { conversation_id: request.conversation_id, actor, typing: request.typing !== false })
    })
  }

  /**
   * Per socket: past the limit in a 10-second window its events are dropped with an error to
   * the client, and after a few strikes it is cut off. The error is sent here, not through
   * socket.io's middleware errors, which are delivered a tick later: after a burst has already
   * cut the socket off, so the client would never learn why.
   */
  private limitRate(socket: GatewaySocket) {
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
      socket.emit(ServerEvents.error, { message: RATE_LIMITED })
      if (++strikes > MAX_STRIKES) socket.disconnect(true)
    })
  }
}
