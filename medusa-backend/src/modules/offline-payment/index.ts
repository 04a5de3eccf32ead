import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OfflinePaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [OfflinePaymentProviderService],
})
