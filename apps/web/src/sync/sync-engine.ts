// The parts of a sync that check the server's answers against the protocol's schemas (and so bring in
// zod). The controller loads this module on the first sync rather than with the first screen.
export { refreshReferenceData } from '../reference/refresh-reference-data';
export { HttpSyncTransport } from './http-sync-transport';
export { runSync } from './run-sync';
