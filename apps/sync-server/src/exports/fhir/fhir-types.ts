// The parts of FHIR R4 (hl7.org/fhir/R4) this export writes; not a general FHIR model.

export interface Reference {
  /** `urn:uuid:<id>`: the fullUrl of a resource in the same Bundle. */
  reference?: string;
  /** A logical reference to something outside the Bundle. */
  identifier?: Identifier;
  display?: string;
}

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  type?: CodeableConcept;
  system?: string;
  value: string;
  assigner?: Reference;
}

export interface Annotation {
  text: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Address {
  text?: string;
  district?: string;
  state?: string;
}

export interface ResourceBase {
  resourceType: string;
  id: string;
  identifier?: Identifier[];
}

export interface Patient extends ResourceBase {
  resourceType: 'Patient';
  active: boolean;
  name: { text: string }[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  /** A FHIR date: YYYY, YYYY-MM or YYYY-MM-DD, so a birth year alone is a valid birth date. */
  birthDate?: string;
  telecom?: { system: 'phone'; value: string; rank: number }[];
  address?: Address[];
  managingOrganization?: Reference;
  link?: { other: Reference; type: 'replaced-by' | 'replaces' | 'refer' | 'seealso' }[];
}

export interface Organization extends ResourceBase {
  resourceType: 'Organization';
  active: boolean;
  name?: string;
  address?: Address[];
}

export interface Practitioner extends ResourceBase {
  resourceType: 'Practitioner';
  active: boolean;
  name: { text: string }[];
}

export interface Encounter extends ResourceBase {
  resourceType: 'Encounter';
  status: 'finished' | 'entered-in-error';
  class: Coding;
  type: CodeableConcept[];
  subject: Reference;
  participant?: { type?: CodeableConcept[]; individual: Reference }[];
  period?: Period;
  serviceProvider: Reference;
  partOf?: Reference;
}

export interface Procedure extends ResourceBase {
  resourceType: 'Procedure';
  status: 'completed' | 'entered-in-error';
  code: CodeableConcept;
  subject: Reference;
  encounter: Reference;
  performedDateTime?: string;
  performer?: { function: CodeableConcept; actor: Reference }[];
  bodySite?: CodeableConcept[];
  usedCode?: CodeableConcept[];
  complicationDetail?: Reference[];
  note?: Annotation[];
}

export interface Condition extends ResourceBase {
  resourceType: 'Condition';
  verificationStatus: CodeableConcept;
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  encounter: Reference;
  onsetDateTime?: string;
  recordedDate?: string;
  note?: Annotation[];
}

export type FhirResource = Patient | Organization | Practitioner | Encounter | Procedure | Condition;

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry?: BundleEntry[];
}
