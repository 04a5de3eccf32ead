import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietnameseSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [VietnameseSearchService],
})
