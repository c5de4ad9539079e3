// The server's MySQL schema. Server-only: the web app must never import this package (ARCHITECTURE.md).

export type * from './row-types';
export * from './tables/audit-log';
export * from './tables/database-generation';
export * from './tables/devices';
export * from './tables/hospitals';
export * from './tables/identity';
export * from './tables/records';
export * from './tables/versions';
