import { registryIdentifier } from './fhir-references';
import type { Organization, Practitioner } from './fhir-types';

export interface HospitalInfo {
  id: string;
  name: string;
  address: string | null;
  region: string | null;
  active: boolean;
}

export interface StaffInfo {
  id: string;
  fullName: string;
  active: boolean;
}

/**
 * A hospital as an Organization; its region is the address's `state` (Tanzania's regions are its
 * first-level divisions). An id no hospital has still gets an Organization, with the identifier alone
 * (which FHIR's org-1 allows), so that every reference in the Bundle resolves.
 */
export function organizationResource(id: string, hospital: HospitalInfo | undefined): Organization {
  const organization: Organization = {
    resourceType: 'Organization',
    id,
    identifier: [registryIdentifier(id)],
    active: hospital?.active ?? false,
  };
  if (!hospital) return organization;
  const address = {
    ...(hospital.address ? { text: hospital.address } : {}),
    ...(hospital.region ? { state: hospital.region } : {}),
  };
  return {
    ...organization,
    name: hospital.name,
    ...(Object.keys(address).length > 0 ? { address: [address] } : {}),
  };
}

export function practitionerResource(staff: StaffInfo): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: staff.id,
    identifier: [registryIdentifier(staff.id)],
    active: staff.active,
    name: [{ text: staff.fullName }],
  };
}
