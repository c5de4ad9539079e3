// Plain-words names of fields, so that a refusal names what the person sees on the form.
// English only: these reach people through the server's rejection reasons as well as forms.

/** What is being validated: a synced record, or reference data managed by admins. */
export type RecordKind = 'patient' | 'episode' | 'eventLog' | 'hospital' | 'staffMember';

export const RECORD_NOUNS: Readonly<Record<RecordKind, string>> = {
  patient: 'a patient record',
  episode: 'an episode',
  eventLog: 'a log entry',
  hospital: 'a hospital',
  staffMember: 'a staff directory entry',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  fullName: 'full name',
  gender: 'gender',
  birthYear: 'birth year',
  birthDate: 'birth date',
  nationalId: 'national id number',
  hospitalNumber: 'hospital number',
  phones: 'phone numbers',
  address: 'address',
  registeredHospitalId: 'registering hospital',
  notes: 'notes',
  mergedInto: 'patient this record was merged into',
  notDuplicateOf: 'list of patients that are not the same person',
  patientId: 'patient',
  hospitalId: 'hospital',
  type: 'episode type',
  attendeeIds: 'staff present',
  complications: 'complications',
  comments: 'comments',
  herniaSite: 'hernia site',
  cepod: 'CEPOD category (planned or emergency)',
  side: 'side',
  occurrence: 'occurrence',
  previousRepair: 'previous repair',
  previousRepairCount: 'number of previous repairs',
  herniaType: 'hernia type',
  size: 'hernia size',
  complexity: 'complexity',
  meshType: 'mesh type',
  meshBrand: 'mesh brand',
  anaesthetic: 'anaesthetic',
  diathermyUsed: 'answer to "diathermy used"',
  prophylacticAntibiotics: 'answer to "prophylactic antibiotics"',
  antibioticTimings: 'antibiotic timings',
  additionalProcedure: 'additional procedure',
  primarySurgeonId: 'primary surgeon',
  secondarySurgeonId: 'secondary surgeon',
  tertiarySurgeonId: 'tertiary surgeon',
  surgeryEpisodeId: 'operation this belongs to',
  anyComplications: 'answer to "any complications"',
  antibioticsOnDischarge: 'answer to "antibiotics on discharge"',
  antibioticsIvDays: 'number of days of IV antibiotics',
  antibioticsOralDays: 'number of days of oral antibiotics',
  pain: 'pain',
  meshAwareness: 'mesh awareness',
  infection: 'infection',
  seroma: 'seroma',
  numbness: 'numbness',
  recurrence: 'recurrence',
  furtherSurgeryNeeded: 'answer to "further surgery needed"',
  episodeId: 'episode',
  at: 'time of the log entry',
  kind: 'kind of log entry',
  text: 'text',
  temperature: 'temperature',
  pulse: 'pulse',
  systolic: 'systolic blood pressure',
  diastolic: 'diastolic blood pressure',
  respiratoryRate: 'respiratory rate',
  spo2: 'SpO2',
  drug: 'drug',
  dose: 'dose',
  route: 'route',
  code: 'complication',
  id: 'id',
  name: 'name',
  region: 'region',
  zone: 'zone',
  active: 'active flag',
  role: 'role',
  hospitalIds: 'hospitals',
};

/** What one item of a list field is called, to say which row is wrong ("phone 2"). */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  phones: 'phone',
  complications: 'complication',
  attendeeIds: 'staff member present',
  notDuplicateOf: 'patient marked as not the same person',
  antibioticTimings: 'antibiotic timing',
  hospitalIds: 'hospital',
};

const ITEM_FIELD_LABELS: Readonly<Record<string, string>> = {
  number: 'number',
  comment: 'comment',
  code: 'kind',
  text: 'description',
  date: 'date',
};

const EPISODE_DATE_LABELS: Readonly<Record<string, string>> = {
  surgery: 'operation date',
  discharge: 'discharge date',
  followUp: 'follow-up date',
};

export function episodeDateLabel(episodeType: unknown): string {
  return (typeof episodeType === 'string' && EPISODE_DATE_LABELS[episodeType]) || 'episode date';
}

export interface LabelContext {
  kind: RecordKind;
  /** The `type` of the episode being checked, so its `date` is named as the form names it. */
  episodeType?: unknown;
}

export function fieldLabel(path: readonly PropertyKey[], context: LabelContext): string {
  const [first, index, key] = path;
  if (first === undefined) return 'record';
  if (typeof index === 'number') {
    const item = `${ITEM_NOUNS[String(first)] ?? String(first)} ${index + 1}`;
    return key === undefined ? item : `${ITEM_FIELD_LABELS[String(key)] ?? String(key)} of ${item}`;
  }
  if (first === 'date' && context.kind === 'episode') return episodeDateLabel(context.episodeType);
  return topLevelLabel(String(first));
}

function topLevelLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  // The "other" texts and the comments beside answers are named after the answer they qualify.
  const other = /^(.+)Other$/.exec(key)?.[1];
  if (other) return `other ${FIELD_LABELS[other] ?? other}`;
  const comment = /^(.+)Comment$/.exec(key)?.[1];
  if (comment) return `comment on ${plainAnswerName(FIELD_LABELS[comment] ?? comment)}`;
  return key;
}

function plainAnswerName(label: string): string {
  return label.replace(/^answer to "(.+)"$/, '$1');
}
