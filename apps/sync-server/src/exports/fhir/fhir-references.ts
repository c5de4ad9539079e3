import { v5 as uuidv5 } from 'uuid';
import type { BundleEntry, FhirResource, Identifier, Reference } from './fhir-types';

/** The fullUrl of a resource whose id is a UUID: stable, so two exports of one record agree. */
export const fullUrl = (id: string) => `urn:uuid:${id}`;

export const referenceTo = (id: string, display?: string): Reference =>
  display ? { reference: fullUrl(id), display } : { reference: fullUrl(id) };

export const entryOf = (resource: FhirResource): BundleEntry => ({ fullUrl: fullUrl(resource.id), resource });

/**
 * The registry's own id of a record as a business identifier (RFC 3986 URN), so a receiving system can
 * match a later export of the same record after assigning its own resource ids.
 */
export const registryIdentifier = (id: string): Identifier => ({
  system: 'urn:ietf:rfc:3986',
  value: fullUrl(id),
});

// A fixed namespace for the name-based ids below; never change it, or every derived id changes.
const DERIVED_ID_NAMESPACE = '5f0e6f43-8b4c-4b8e-9a53-6a1d2b7f3c21';

/**
 * A stable UUID for a resource that is part of a record rather than a record (the Procedure of a
 * surgery episode, a Condition for its second complication): the same record always gives the same id.
 */
export const derivedId = (recordId: string, part: string) =>
  uuidv5(`${recordId}/${part}`, DERIVED_ID_NAMESPACE);
