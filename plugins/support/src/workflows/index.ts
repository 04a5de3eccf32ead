export * from "./support/create-conversation"
export * from "./support/post-message"
export * from "./support/update-conversation"
export * from "./support/claim-guest-conversations"
