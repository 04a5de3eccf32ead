/**
 * The realtime contract (ARCHITECTURE.md, "Realtime contract"): every event name, room name
 * and payload that crosses the socket.io gateway. The gateway, the modules that emit, the admin
 * pages and the storefront all import it, so an event name is never a bare string.
 */

/** Who a socket is: a Medusa customer, an admin user (staff), or a visitor with a guest chat token. */
export type ActorType = "customer" | "user" | "guest"
export type Actor = { type: ActorType; id: string }

/** A Date on the server, its ISO string once it has crossed the wire. */
export type Timestamp = string | Date

// ---------------------------------------------------------------------------------------------
// Rooms

export type StaffRoom = "staff"
export type CustomerRoom = `customer:${string}`
export type UserRoom = `user:${string}`
export type GuestRoom = `guest:${string}`
export type ConversationRoom = `conversation:${string}`
export type ProductRoom = `product:${string}`
export type Room = StaffRoom | CustomerRoom | UserRoom | GuestRoom | ConversationRoom | ProductRoom

export const Rooms = {
  /** Every admin user's socket. */
  staff: "staff" as StaffRoom,
  customer: (id: string): CustomerRoom => `customer:${id}`,
  user: (id: string): UserRoom => `user:${id}`,
  guest: (id: string): GuestRoom => `guest:${id}`,
  /** The room of one person, whoever they are: where pushes meant only for them go. */
  of: (actor: Actor): CustomerRoom | UserRoom | GuestRoom => `${actor.type}:${actor.id}`,
  conversation: (id: string): ConversationRoom => `conversation:${id}`,
  /** Staff in a conversation also hear its internal notes, which customers never do. */
  conversationStaff: (id: string): ConversationRoom => `conversation:${id}:staff`,
  /** Stock of a product is public: anyone connected may watch it. */
  product: (id: string): ProductRoom => `product:${id}`,
} as const

/**
 * Kinds of room whose membership a module other than realtime decides, and what a joining
 * client is replayed in each (see RoomHooks).
 */
export type RoomKindReplays = { conversation: MessagePayload }
export type RoomKind = keyof RoomKindReplays

// ---------------------------------------------------------------------------------------------
// Server → client

export const ServerEvents = {
  connectionReady: "connection:ready",
  orderCreated: "order:created",
  orderUpdated: "order:updated",
  inventoryUpdated: "inventory:updated",
  messageNew: "message:new",
  messageRead: "message:read",
  typing: "typing",
  notificationNew: "notification:new",
  bookingUpdated: "booking:updated",
  /** A refused client event, e.g. past the per-socket rate limit. */
  error: "error",
} as const

export type ConnectionReadyPayload = { actor: Actor; rooms: Room[] }

export type OrderEventPayload = {
  id: string
  display_id: number | null
  status: string
  customer_id: string | null
  currency_code: string
  /** The Medusa event behind it, e.g. "order.fulfillment_created". */
  event: string
}

export type InventoryUpdatedPayload = {
  product_id: string
  variant_id: string
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export type AttachmentPayload = { id: string; name: string; mime_type: string; size: number }

export type MessagePayload = {
  id: string
  conversation_id: string
  author_type: "customer" | "guest" | "staff" | "system"
  author_id: string | null
  body: string
  is_internal: boolean
  attachments: AttachmentPayload[] | null
  created_at: Timestamp
}

export type MessageReadPayload = { conversation_id: string; reader: "customer" | "staff"; read_at: Timestamp }

export type TypingPayload = { conversation_id: string; actor: Actor; typing: boolean }

export type NotificationPayload = {
  id: string
  recipient_type: "customer" | "user"
  recipient_id: string
  type: string
  resource_id: string | null
  title: string
  body: string | null
  link: string | null
  /** How many events this one unread notice stands for. */
  count: number
  read_at: Timestamp | null
  created_at: Timestamp
  updated_at: Timestamp
}

export type BookingUpdatedPayload = {
  id: string
  event: "booking.created" | "booking.updated" | "booking.cancelled"
  status: string
  customer_id?: string | null
  technician_id?: string | null
  previous_technician_id?: string | null
  previous_status?: string
  change?: "rescheduled" | "reassigned" | "status"
  order_id?: string
  history_id?: string
}

export type ErrorPayload = { message: string }

export type ServerEventPayloads = {
  [ServerEvents.connectionReady]: ConnectionReadyPayload
  [ServerEvents.orderCreated]: OrderEventPayload
  [ServerEvents.orderUpdated]: OrderEventPayload
  [ServerEvents.inventoryUpdated]: InventoryUpdatedPayload
  [ServerEvents.messageNew]: MessagePayload
  [ServerEvents.messageRead]: MessageReadPayload
  [ServerEvents.typing]: TypingPayload
  [ServerEvents.notificationNew]: NotificationPayload
  [ServerEvents.bookingUpdated]: BookingUpdatedPayload
  [ServerEvents.error]: ErrorPayload
}
export type ServerEventName = keyof ServerEventPayloads

/** socket.io's typed server-to-client map: `new Server<ClientToServerEvents, ServerToClientEvents>()`. */
export type ServerToClientEvents = { [E in ServerEventName]: (payload: ServerEventPayloads[E]) => void }

// ---------------------------------------------------------------------------------------------
// Client → server

export const ClientEvents = {
  conversationJoin: "conversation:join",
  conversationLeave: "conversation:leave",
  productWatch: "product:watch",
  typing: "typing",
} as const

export type ConversationJoinRequest = { conversation_id: string; last_message_id?: string | null }
export type JoinReply<Replayed> = { ok: true; messages: Replayed[] } | { error: "not_found"; message: string }
export type ConversationJoinReply = JoinReply<MessagePayload>
export type ConversationLeaveRequest = { conversation_id: string }
export type ProductWatchRequest = { product_id: string }
export type TypingRequest = { conversation_id: string; typing?: boolean }

export type ClientToServerEvents = {
  [ClientEvents.conversationJoin]: (request: ConversationJoinRequest, ack?: (reply: ConversationJoinReply) => void) => void
  [ClientEvents.conversationLeave]: (request: ConversationLeaveRequest) => void
  [ClientEvents.productWatch]: (request: ProductWatchRequest) => void
  [ClientEvents.typing]: (request: TypingRequest) => void
}

// ---------------------------------------------------------------------------------------------
// Server side: the realtime module as other modules see it

/** The realtime module's key in the Medusa container. */
export const REALTIME_MODULE = "realtime"

/**
 * How another module governs a kind of room: who may join `<kind>:<id>`, and what a client
 * that joins after being away missed. Registered once with `registerRoomKind`.
 */
export type RoomHooks<K extends RoomKind = RoomKind> = {
  /** The rooms `actor` joins for this id, or null when they may not (answered as "not found"). */
  authorize(actor: Actor, id: string): Promise<Room[] | null>
  /** What `actor` missed after `afterId` (oldest first), or everything recent when it is null. */
  replay?(actor: Actor, id: string, afterId: string | null): Promise<RoomKindReplays[K][]>
}

/** The realtime module's service, typed for modules that only know the contract. */
export interface RealtimeService {
  /** Pushes to rooms, from any process: through this process's gateway, or through Redis. */
  emit<E extends ServerEventName>(rooms: Room | Room[], event: E, payload: ServerEventPayloads[E]): Promise<void>
  /** Whether any socket, on any gateway process, is in `room`. */
  isOnline(room: Room): Promise<boolean>
  /** False only when nobody can be listening (no gateway here and no Redis to reach one). */
  mayHaveListeners(): boolean
  registerRoomKind<K extends RoomKind>(kind: K, hooks: RoomHooks<K>): void
  /** The gateway's port in this process, undefined where none runs (workers). */
  readonly port: number | undefined
}
