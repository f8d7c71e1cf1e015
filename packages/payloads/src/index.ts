/**
 * @statuskit/payloads: the Status v1 protobuf payloads as plain objects with `Uint8Array` bytes and
 * `bigint` 64-bit integers: the secure-transport envelope (`package encryption`), MVDS sync
 * payloads, and the application messages wrapped in a signed `ApplicationMetadataMessage`, plus
 * message IDs, chat IDs, Lamport clock rules and receive-side validation. Every decoder is bounded
 * and throws `PayloadDecodeError` on malformed input.
 */
export * from './application-metadata.js';
export * from './chat-id.js';
export * from './clock.js';
export * from './contacts.js';
export * from './encryption.js';
export * from './errors.js';
export * from './group-chat.js';
export * from './mvds.js';
export * from './profile.js';
export * from './public-reexports.js';
export * from './push-notifications.js';
export * from './transaction-commands.js';
export * from './transit.js';
export * from './validate-chat-message.js';
