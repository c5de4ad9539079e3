// The public face of @registry/domain: pure functions and schemas, no IO.

export * from './duplicates';
export { DomainError } from './errors';
export * from './matching';
export * from './permissions';
export * from './protocol';
export * from './records';
export * from './reports';
export * from './review';
export * from './versions';
export * from './worklists';
