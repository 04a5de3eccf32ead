const test = require("node:test")
const assert = require("node:assert/strict")
const { preferredLanguage, formatShopDateTime, formatShopDate } = require("..")

test("Vietnamese unless English is preferred by quality", () => {
  assert.equal(preferredLanguage(undefined), "vi")
  assert.equal(preferredLanguage("fr-FR,de;q=0.8"), "vi")
  assert.equal(preferredLanguage("en-US,en;q=0.9"), "en")
  assert.equal(preferredLanguage("vi-VN,vi;q=0.9,en;q=0.8"), "vi")
  assert.equal(preferredLanguage("vi;q=0.5,en;q=0.9"), "en")
})

test("times are the shop's local time, not UTC", () => {
  // 02:00 UTC is 09:00 in Hồ Chí Minh City (UTC+7), a Monday.
  assert.equal(formatShopDateTime("2026-12-07T02:00:00Z", "vi"), "09:00 Thứ Hai, 07/12/2026")
  assert.equal(formatShopDateTime("2026-12-07T02:00:00Z", "en"), "09:00 Mon, 07/12/2026")
  // 20:00 UTC on the 6th is already the 7th locally.
  assert.equal(formatShopDate("2026-12-06T20:00:00Z"), "07/12/2026")
})
