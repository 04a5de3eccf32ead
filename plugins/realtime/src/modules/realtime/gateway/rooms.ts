import type { RoomHooks, RoomKind } from "@tailoc/realtime-contract"

/**
 * The room kinds other modules govern (support: conversations). The realtime module asks
 * them who may join and what a joining client missed; it never knows what a conversation is.
 */
export class RoomKindRegistry {
  private readonly hooks = new Map<RoomKind, RoomHooks>()

  register<K extends RoomKind>(kind: K, hooks: RoomHooks<K>) {
    this.hooks.set(kind, hooks as unknown as RoomHooks)
  }

  /** Hooks of a kind; undefined while no module governs it (every join is then refused). */
  of(kind: RoomKind): RoomHooks | undefined {
    return this.hooks.get(kind)
  }
}
