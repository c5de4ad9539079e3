// A structural check of an exported Bundle, for tests: no FHIR validator is available offline, so this
// checks what the export could get wrong — ids, fullUrls, references, dates, codes, empty values —
// against the rules of FHIR R4's JSON format and datatypes (hl7.org/fhir/R4/datatypes.html).

const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const TIME =
  'T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';
const FHIR_DATE = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`);
const FHIR_DATE_TIME = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(${TIME})?)?)?$`);
const FHIR_INSTANT = new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])${TIME}$`);
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

const BUNDLE_TYPES = [
  'document',
  'message',
  'transaction',
  'transaction-response',
  'batch',
  'batch-response',
  'history',
  'searchset',
  'collection',
];
const GENDERS = ['male', 'female', 'other', 'unknown'];
const STATUSES: Record<string, string[]> = {
  Encounter: [
    'planned',
    'arrived',
    'triaged',
    'in-progress',
    'onleave',
    'finished',
    'cancelled',
    'entered-in-error',
    'unknown',
  ],
  Procedure: [
    'preparation',
    'in-progress',
    'not-done',
    'on-hold',
    'stopped',
    'completed',
    'entered-in-error',
    'unknown',
  ],
};
const REQUIRED: Record<string, string[]> = {
  Patient: [],
  Organization: [],
  Practitioner: [],
  Encounter: ['status', 'class'],
  Procedure: ['status', 'subject'],
  Condition: ['subject'],
};
/** Which resource type a reference in this element must point at. */
const TARGETS: Record<string, string> = {
  subject: 'Patient',
  other: 'Patient',
  managingOrganization: 'Organization',
  serviceProvider: 'Organization',
  assigner: 'Organization',
  encounter: 'Encounter',
  partOf: 'Encounter',
  actor: 'Practitioner',
  individual: 'Practitioner',
  complicationDetail: 'Condition',
};
const DATE_FIELDS: Record<string, RegExp> = {
  birthDate: FHIR_DATE,
  start: FHIR_DATE_TIME,
  end: FHIR_DATE_TIME,
  performedDateTime: FHIR_DATE_TIME,
  onsetDateTime: FHIR_DATE_TIME,
  recordedDate: FHIR_DATE_TIME,
  timestamp: FHIR_INSTANT,
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every structural problem of `bundle`, in words; empty when it is well formed. */
export function fhirStructureProblems(bundle: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') return ['The document is not a Bundle.'];
  if (!BUNDLE_TYPES.includes(String(bundle.type)))
    problems.push(`Bundle.type ${String(bundle.type)} is not a Bundle type.`);
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const types = new Map<string, string>();
  for (const [i, entry] of entries.entries()) {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(entry) || !isObject(resource)) {
      problems.push(`Entry ${i} has no resource.`);
      continue;
    }
    const { resourceType, id } = resource;
    if (typeof resourceType !== 'string' || !(resourceType in REQUIRED))
      problems.push(`Entry ${i} has resourceType ${String(resourceType)}.`);
    if (typeof id !== 'string' || !FHIR_ID.test(id)) problems.push(`Entry ${i} has the id ${String(id)}.`);
    if (entry.fullUrl !== `urn:uuid:${String(id)}`)
      problems.push(`Entry ${i} has the fullUrl ${String(entry.fullUrl)}.`);
    if (types.has(String(entry.fullUrl)))
      problems.push(`The fullUrl ${String(entry.fullUrl)} appears twice.`);
    types.set(String(entry.fullUrl), String(resourceType));
    for (const field of REQUIRED[String(resourceType)] ?? []) {
      if (resource[field] === undefined) problems.push(`${resourceType}/${id} has no ${field}.`);
    }
    const allowed = STATUSES[String(resourceType)];
    if (allowed && !allowed.includes(String(resource.status)))
      problems.push(`${resourceType}/${id} has the status ${String(resource.status)}.`);
    if (resource.gender !== undefined && !GENDERS.includes(String(resource.gender)))
      problems.push(`${resourceType}/${id} has the gender ${String(resource.gender)}.`);
  }
  walk(bundle, '', '', (path, key, value) => {
    if (
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0) ||
      (isObject(value) && Object.keys(value).length === 0)
    ) {
      problems.push(`${path} is empty, which FHIR's JSON does not allow.`);
    }
    const pattern = DATE_FIELDS[key];
    if (pattern && (typeof value !== 'string' || !pattern.test(value) || !isCalendarDate(value))) {
      problems.push(
        `${path} is ${JSON.stringify(value)}, not a valid FHIR ${key === 'birthDate' ? 'date' : 'dateTime'}.`,
      );
    }
    if (key === 'reference') {
      const target = types.get(String(value));
      if (!target) problems.push(`${path} points at ${String(value)}, which is not in the Bundle.`);
      const element =
        path
          .split('.')
          .at(-2)
          ?.replace(/\[\d+\]$/, '') ?? '';
      const expected = TARGETS[element];
      if (target && expected && target !== expected)
        problems.push(`${path} points at a ${target}, not a ${expected}.`);
    }
  });
  return problems;
}

function walk(
  value: unknown,
  path: string,
  key: string,
  visit: (path: string, key: string, value: unknown) => void,
): void {
  visit(path, key, value);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, key, visit);
  } else if (isObject(value))
    for (const [k, item] of Object.entries(value)) walk(item, path ? `${path}.${k}` : k, k, visit);
}

/** The regular expressions allow 2026-02-30; the calendar does not. */
function isCalendarDate(value: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!day) return true;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return date.getUTCDate() === Number(day[3]) && date.getUTCMonth() === Number(day[2]) - 1;
}
