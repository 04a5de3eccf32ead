import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { ShopLanguage } from "@tailoc/shop-locale"
import Booking from "./models/booking"
import BookingHistory from "./models/booking-history"
import ServiceOffering from "./models/service-offering"
import Technician from "./models/technician"
import TimeOff from "./models/time-off"
import WorkingHours from "./models/working-hours"
import { computeAvailableSlots, type BusyInterval, type Slot } from "./utils/availability"
import { CUSTOMER_NO_OVERLAP_CONSTRAINT, NO_OVERLAP_CONSTRAINT, violatedOverlapConstraint } from "./utils/conflicts"
import { BookingErrors } from "./utils/messages"
import { addDays, daysBetween, localTimeToUtc, parseLocalDate, SHOP_TIME_ZONE } from "./utils/time-zone"

export type BookingModuleOptions = {
  timeZone?: string
  /** How long before the start a customer may still cancel or move a booking online. */
  customerChangeWindowHours?: number
  /** Earliest a new booking may start, counted from now. */
  minimumNoticeMinutes?: number
  slotStepMinutes?: number
  /** Longest date range one availability request may cover. */
  maximumRangeDays?: number
  /**
   * Live bookings (requested, confirmed or in progress, not yet over) one customer may hold
   * at once; defaults to BOOKING_MAX_LIVE_BOOKINGS_PER_CUSTOMER, else 3. Staff are not bound by it.
   */
  maxLiveBookingsPerCustomer?: number
}

export type BookingPolicy = Required<BookingModuleOptions>

export type AvailabilityRequest = {
  service_id: string
  from: string
  to: string
  province_code?: string | null
  technician_id?: string
  /** A booking being moved does not block its own new slot. */
  exclude_booking_id?: string
  /** Working hours and time off only: tells "outside working hours" from "taken". */
  ignore_bookings?: boolean
  /** A customer filtering by technician, allowed only where the service lets them choose. */
  technician_chosen_by_customer?: boolean
  /** Language of the errors a customer can act on. */
  language?: ShopLanguage
  now?: Date
}

export type BookingTimes = { starts_at: Date; ends_at: Date; blocked_from: Date; blocked_until: Date }

const MINUTE = 60_000

export type BookingRecord = InferTypeOf<typeof Booking>

type SqlManager = { execute: (sql: string, params: unknown[]) => Promise<any[]> }

export type PlaceBookingData = Record<string, unknown> & {
  customer_id?: string | null
  starts_at: Date
  idempotency_key?: string | null
  idempotency_fingerprint?: string | null
}

export type PlaceBookingOptions = {
  language?: ShopLanguage
  /** Whether the customer's cap on live bookings applies (customers booking for themselves). */
  limitLiveBookings?: boolean
}

/** `created` is false when an earlier request with the same idempotency key already made it. */
export type PlacedBooking = { booking: BookingRecord; created: boolean }

function liveBookingLimitFromEnvironment(): number | undefined {
  const raw = process.env.BOOKING_MAX_LIVE_BOOKINGS_PER_CUSTOMER
  if (raw === undefined || raw === "") return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`BOOKING_MAX_LIVE_BOOKINGS_PER_CUSTOMER must be a whole number of at least 1 (got "${raw}")`)
  }
  return value
}

class BookingModuleService extends MedusaService({
  ServiceOffering,
  Technician,
  WorkingHours,
  TimeOff,
  Booking,
  BookingHistory,
}) {
  readonly policy: BookingPolicy

  constructor(container: Record<string, unknown>, options: BookingModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.policy = {
      timeZone: options.timeZone ?? SHOP_TIME_ZONE,
      customerChangeWindowHours: options.customerChangeWindowHours ?? 24,
      minimumNoticeMinutes: options.minimumNoticeMinutes ?? 120,
      slotStepMinutes: options.slotStepMinutes ?? 30,
      maximumRangeDays: options.maximumRangeDays ?? 62,
      maxLiveBookingsPerCustomer: options.maxLiveBookingsPerCustomer ?? liveBookingLimitFromEnvironment() ?? 3,
    }
  }

  /** When the technician is held for an appointment starting at `startsAt`, buffers included. */
  bookingTimes(
    service: { duration_minutes: number; buffer_before_minutes: number; buffer_after_minutes: number },
    startsAt: Date
  ): BookingTimes {
    const start = startsAt.getTime()
    const end = start + service.duration_minutes * MINUTE
    return {
      starts_at: new Date(start),
      ends_at: new Date(end),
      blocked_from: new Date(start - service.buffer_before_minutes * MINUTE),
      blocked_until: new Date(end + service.buffer_after_minutes * MINUTE),
    }
  }

  /** Open slots of a service, with the technicians free for each. */
  async listAvailableSlots(request: AvailabilityRequest, sharedContext?: Context): Promise<Slot[]> {
    for (const [name, value] of [["from", request.from], ["to", request.to]] as const) {
      try {
        parseLocalDate(value)
      } catch (error) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name}: ${(error as Error).message}`)
      }
    }
    const days = daysBetween(request.from, request.to)
    if (days < 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `to (${request.to}) must not be before from (${request.from})`)
    }
    if (days >= this.policy.maximumRangeDays) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Ask for at most ${this.policy.maximumRangeDays} days of availability at a time (asked for ${days + 1})`
      )
    }

    const service = await this.retrieveServiceOffering(request.service_id, {}, sharedContext)
    if (!service.is_active) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service ${service.id} is not offered at the moment`)
    }
    if (request.technician_id && request.technician_chosen_by_customer && !service.customer_may_choose_technician) {
      throw BookingErrors.technicianChoiceNotAllowed(request.language ?? "en", service.name)
    }

    const rangeStart = new Date(localTimeToUtc(addDays(request.from, -1), 0, this.policy.timeZone))
    const rangeEnd = new Date(localTimeToUtc(addDays(request.to, 2), 0, this.policy.timeZone))
    const technicians = await this.listTechnicians(
      { is_active: true, ...(request.technician_id && { id: request.technician_id }) },
      { relations: ["working_hours", "time_off"], take: null },
      sharedContext
    )
    const busy =
      technicians.length && !request.ignore_bookings
        ? await this.listBusyIntervals(
            technicians.map((technician) => technician.id),
            rangeStart,
            rangeEnd,
            request.exclude_booking_id,
            sharedContext
          )
        : []

    return computeAvailableSlots({
      service: {
        duration_minutes: service.duration_minutes,
        buffer_before_minutes: service.buffer_before_minutes,
        buffer_after_minutes: service.buffer_after_minutes,
        required_skills: service.required_skills as string[],
        requires_address: service.requires_address,
      },
      technicians: technicians.map((technician) => ({
        id: technician.id,
        is_active: technician.is_active,
        skills: technician.skills as string[],
        service_provinces: technician.service_provinces as string[],
        working_hours: technician.working_hours,
        time_off: technician.time_off,
      })),
      busy,
      from: request.from,
      to: request.to,
      provinceCode: request.province_code,
      timeZone: this.policy.timeZone,
      now: request.now ?? new Date(),
      slotStepMinutes: this.policy.slotStepMinutes,
      minimumNoticeMinutes: this.policy.minimumNoticeMinutes,
    })
  }

  /**
   * The time each technician is held by live bookings within a window. Plain SQL on the
   * (technician_id, starts_at) index: availability reads hundreds of these per request,
   * and hydrating them as entities cost more than the calculation itself.
   */
  @InjectManager()
  async listBusyIntervals(
    technicianIds: string[],
    from: Date,
    until: Date,
    excludeBookingId?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BusyInterval[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT technician_id, blocked_from, blocked_until FROM booking
       WHERE deleted_at IS NULL AND status IN ('requested', 'confirmed', 'in_progress')
         AND technician_id IN (${technicianIds.map(() => "?").join(", ")})
         AND blocked_until > ? AND blocked_from < ? AND id <> ?`,
      [...technicianIds, from, until, excludeBookingId ?? ""]
    )
    return rows.map((row) => ({ technician_id: row.technician_id, from: row.blocked_from, until: row.blocked_until }))
  }

  /**
   * Creates bookings; the database refuses an overlap for one technician even when two
   * requests race, and that refusal becomes a 409 a customer can act on.
   */
  async scheduleBookings(data: Record<string, unknown>[], sharedContext?: Context): Promise<BookingRecord[]> {
    try {
      return (await this.createBookings(data as any, sharedContext)) as unknown as BookingRecord[]
    } catch (error) {
      throw this.toConflict(error)
    }
  }

  /**
   * Creates one booking. For a customer's booking it first takes a lock on that customer
   * held until the transaction ends, so the checks below see every booking their concurrent
   * requests made: a repeat of an idempotency key gets the first booking back, and the cap on
   * live bookings holds however many requests arrive at once. Overlaps (the technician's or
   * the customer's own) are refused by PostgreSQL and come back as 409s.
   */
  @InjectManager()
  async placeBooking(
    data: PlaceBookingData,
    options: PlaceBookingOptions = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PlacedBooking> {
    try {
      return await this.placeBooking_(data, options, sharedContext)
    } catch (error) {
      throw this.toConflict(error, options.language, data.starts_at)
    }
  }

  @InjectTransactionManager()
  protected async placeBooking_(
    data: PlaceBookingData,
    options: PlaceBookingOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PlacedBooking> {
    const language = options.language ?? "en"
    const customerId = data.customer_id
    if (customerId) {
      const manager = sharedContext.transactionManager as unknown as SqlManager
      await manager.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", [`booking:customer:${customerId}`])

      if (data.idempotency_key) {
        const [earlier] = await this.listBookings({ customer_id: customerId, idempotency_key: data.idempotency_key }, {}, sharedContext)
        if (earlier) {
          if (earlier.idempotency_fingerprint !== data.idempotency_fingerprint) throw BookingErrors.idempotencyKeyReused(language)
          return { booking: earlier as unknown as BookingRecord, created: false }
        }
      }

      if (options.limitLiveBookings) {
        const [{ count }] = await manager.execute(
          `SELECT count(*)::int AS count FROM booking
           WHERE customer_id = ? AND deleted_at IS NULL AND status IN ('requested', 'confirmed', 'in_progress') AND ends_at > now()`,
          [customerId]
        )
        if (count >= this.policy.maxLiveBookingsPerCustomer) {
          throw BookingErrors.liveBookingLimit(language, this.policy.maxLiveBookingsPerCustomer)
        }
      }
    }
    const [booking] = await this.createBookings([data as any], sharedContext)
    return { booking: booking as unknown as BookingRecord, created: true }
  }

  async rescheduleBooking(
    id: string,
    update: Record<string, unknown>,
    language?: ShopLanguage,
    sharedContext?: Context
  ): Promise<BookingRecord> {
    try {
      return (await this.updateBookings({ id, ...update } as any, sharedContext)) as unknown as BookingRecord
    } catch (error) {
      throw this.toConflict(error, language, update.starts_at as Date | undefined)
    }
  }

  /** PostgreSQL's refusal of an overlap, as the 409 a person can act on. */
  private toConflict(error: unknown, language: ShopLanguage = "en", startsAt?: Date | string) {
    switch (violatedOverlapConstraint(error)) {
      case NO_OVERLAP_CONSTRAINT:
        return BookingErrors.slotTaken(language, startsAt)
      case CUSTOMER_NO_OVERLAP_CONSTRAINT:
        return BookingErrors.customerAlreadyBooked(language, startsAt)
      default:
        return error
    }
  }

  /**
   * Marks confirmed bookings starting within `horizonHours` as reminded and returns them.
   * One UPDATE … RETURNING claims each row for exactly one caller, so several workers
   * running the reminder job at once never send the same reminder twice.
   */
  @InjectManager()
  async claimDueReminders(
    now: Date,
    horizonHours: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `UPDATE booking SET reminder_sent_at = ?
       WHERE reminder_sent_at IS NULL AND deleted_at IS NULL AND status = 'confirmed'
         AND starts_at > ? AND starts_at <= ?
       RETURNING id`,
      [now, now, new Date(now.getTime() + horizonHours * 60 * MINUTE)]
    )
    return rows.map((row) => row.id)
  }
}

export default BookingModuleService
