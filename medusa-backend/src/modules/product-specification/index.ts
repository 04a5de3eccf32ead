import { Module } from "@medusajs/framework/utils"
import ProductSpecificationModuleService from "./service"

export const PRODUCT_SPECIFICATION_MODULE = "product_specification"

export default Module(PRODUCT_SPECIFICATION_MODULE, {
  service: ProductSpecificationModuleService,
})
