import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ProductSpecificationModule from "../modules/product-specification"

// The specification row holds product_id itself, so the link needs no table of its own.
export default defineLink(
  { linkable: ProductSpecificationModule.linkable.productSpecification, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
