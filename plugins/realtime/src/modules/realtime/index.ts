import { Module } from "@medusajs/framework/utils"
import { REALTIME_MODULE } from "@tailoc/realtime-contract"
import gatewayLoader from "./loaders/gateway"
import RealtimeModuleService from "./service"

export { REALTIME_MODULE }

export default Module(REALTIME_MODULE, {
  service: RealtimeModuleService,
  loaders: [gatewayLoader],
})
