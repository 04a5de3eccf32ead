import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createBookingWorkflow,
  createServiceOfferingWorkflow,
  createTechnicianWorkflow,
} from "@tailoc/medusa-plugin-booking/workflows"
import { bookingServices, DEMO_CUSTOMER, technicians } from "./data/booking"
import { countCreated, findAll, type SeedContext } from "./context"

async function seedServices(context: SeedContext) {
  const existing = await findAll(context, "service_offering", ["handle"], { handle: bookingServices.map((service) => service.handle) })
  const handles = new Set(existing.map((service) => service.handle))
  for (const service of bookingServices.filter((candidate) => !handles.has(candidate.handle))) {
    await createServiceOfferingWorkflow(context.container).run({ input: service })
    countCreated(context, "booking services", 1)
  }
}

async function seedTechnicians(context: SeedContext) {
  const existing = await findAll(context, "technician", ["email"], { email: technicians.map((technician) => technician.email) })
  const emails = new Set(existing.map((technician) => technician.email))
  for (const technician of technicians.filter((candidate) => !emails.has(candidate.email))) {
    await createTechnicianWorkflow(context.container).run({ input: technician })
    countCreated(context, "technicians", 1)
  }
}

/** A customer account to try the storefront with, so a first run has someone to book for. */
async function seedDemoCustomer(context: SeedContext): Promise<string> {
  const [customer] = await findAll(context, "customer", ["id"], { email: DEMO_CUSTOMER.email, has_account: true })
  if (customer) return customer.id
  const auth = context.container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register ${DEMO_CUSTOMER.email}: ${error}`)
  }
  const { result } = await createCustomerAccountWorkflow(context.container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: {
        email: DEMO_CUSTOMER.email,
        first_name: DEMO_CUSTOMER.first_name,
        last_name: DEMO_CUSTOMER.last_name,
        phone: DEMO_CUSTOMER.phone,
      },
    },
  })
  countCreated(context, "customers", 1)
  return result.id
}

/** Two confirmed upcoming jobs for the demo customer, on the first free slots. */
async function seedDemoBookings(context: SeedContext, customerId: string) {
  const existing = await findAll(context, "booking", ["id"], { customer_id: customerId })
  if (existing.length) return
  const bookingService = context.container.resolve("booking") as any
  const services = await findAll(context, "service_offering", ["id", "handle"], {
    handle: ["lap-dat-dan-karaoke-gia-dinh", "can-chinh-am-thanh-chong-hu"],
  })
  const today = new Date().toISOString().slice(0, 10)
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
  for (const service of services) {
    const slots = await bookingService.listAvailableSlots({
      service_id: service.id,
      from: today,
      to: inTwoWeeks,
      province_code: DEMO_CUSTOMER.province_code,
    })
    // Leave tomorrow free for trying the storefront; take a slot from day three on.
    const slot = slots.find((candidate: { starts_at: string }) => Date.parse(candidate.starts_at) > Date.now() + 2 * 86_400_000)
    if (!slot) continue
    await createBookingWorkflow(context.container).run({
      input: {
        service_id: service.id,
        starts_at: slot.starts_at,
        customer_id: customerId,
        address: DEMO_CUSTOMER.address,
        province_code: DEMO_CUSTOMER.province_code,
        notes: "Khách đặt qua điện thoại, gọi trước 30 phút.",
        status: "confirmed",
        actor: { type: "system" },
      },
    })
    countCreated(context, "bookings", 1)
  }
}

export async function seedBooking(context: SeedContext) {
  await seedServices(context)
  await seedTechnicians(context)
  const customerId = await seedDemoCustomer(context)
  await seedDemoBookings(context, customerId)
}
