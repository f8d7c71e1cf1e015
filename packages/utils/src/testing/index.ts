/**
 * @statuskit/utils/testing: the compliance suites every implementation of a utils contract runs
 * (vitest required). `storageComplianceSuite` for `Storage`, `duplexComplianceSuite` for `Duplex`.
 */

export * from './duplex-suite.js';
export * from './storage-suite.js';
