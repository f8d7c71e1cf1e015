/**
 * @statuskit/mvds: Minimum Viable Data Synchronization as status-go 0.62 runs it, a sans-IO node
 * over the utils `Storage` and `Clock`: message ids, batch and interactive modes, per-peer
 * per-message send records, epochs and status-go's retransmission schedules, acknowledgements,
 * limits with `given-up` events, and the rule that tells an MVDS payload from a plain one.
 */
export * from './detect.js';
export * from './errors.js';
export * from './message-id.js';
export * from './node.js';
export * from './schedule.js';
export { MVDS_ID_BYTES } from './store-layout.js';
