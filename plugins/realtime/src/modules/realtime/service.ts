import type { Emitter } from "@socket.io/redis-emitter"
import type { RealtimeService, Room, RoomHooks, RoomKind, ServerEventName, ServerEventPayloads } from "@tailoc/realtime-contract"
import type { RealtimeGateway } from "./gateway/gateway"
import type { RoomKindRegistry } from "./gateway/rooms"
import type { RealtimeModuleOptions } from "./loaders/gateway"

type InjectedDependencies = { realtimeGateway?: RealtimeGateway; realtimeRooms: RoomKindRegistry }

/**
 * What the rest of the shop pushes through: emits to rooms from any process (the gateway in
 * server and shared processes, the Redis emitter in workers), and takes the hooks of room
 * kinds other modules govern. Holds no data of its own.
 */
class RealtimeModuleService implements RealtimeService {
  protected readonly gateway_?: RealtimeGateway
  protected readonly rooms_: RoomKindRegistry
  protected readonly options_: RealtimeModuleOptions
  private emitter_?: Promise<{ emitter: Emitter; close: () => Promise<unknown> }>

  constructor(container: InjectedDependencies, options: RealtimeModuleOptions = {}) {
    this.options_ = options
    this.rooms_ = container.realtimeRooms
    try {
      this.gateway_ = container.realtimeGateway
    } catch {
      // awilix throws for an unregistered key: this process runs no gateway.
      this.gateway_ = undefined
    }
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.gateway_?.close()
      if (this.emitter_) await (await this.emitter_).close()
    },
  }

  /** The socket.io gateway of this process, when it runs one (server and shared modes). */
  get gateway() {
    return this.gateway_
  }

  get port() {
    return this.gateway_?.port
  }

  registerRoomKind<K extends RoomKind>(kind: K, hooks: RoomHooks<K>) {
    this.rooms_.register(kind, hooks)
  }

  mayHaveListeners(): boolean {
    if (this.options_.redisUrl) return true
    return Boolean(this.gateway_ && this.gateway_.localSocketCount > 0)
  }

  async isOnline(room: Room): Promise<boolean> {
    if (!this.gateway_) return false
    return (await this.gateway_.io.in(room).fetchSockets()).length > 0
  }

  /**
   * Pushes an event to rooms: through this process's gateway, or, in a worker (no gateway)
   * with Redis, through the socket.io Redis emitter to whichever process holds the sockets.
   */
  async emit<E extends ServerEventName>(rooms: Room | Room[], event: E, payload: ServerEventPayloads[E]) {
    if (this.gateway_) return this.gateway_.emit(rooms, event, payload)
    if (!this.options_.redisUrl) return
    const redisUrl = this.options_.redisUrl
    this.emitter_ ??= Promise.all([import("@socket.io/redis-emitter"), import("ioredis")]).then(([{ Emitter }, { Redis }]) => {
      const redis = new Redis(redisUrl)
      return { emitter: new Emitter(redis), close: () => redis.quit() }
    })
    const { emitter } = await this.emitter_
    emitter.to(rooms).emit(event, payload)
  }
}

export default RealtimeModuleService
