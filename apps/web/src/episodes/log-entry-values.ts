import type { EventLogKind, VitalSign } from '@registry/domain';
import { numberFromText, textOrUndefined, withoutUndefined } from './form-text';

/** What the log entry form holds; `text` serves notes and complications alike. */
export interface LogEntryFormValues {
  kind: EventLogKind;
  at: string;
  text: string;
  temperature: string;
  pulse: string;
  systolic: string;
  diastolic: string;
  respiratoryRate: string;
  spo2: string;
  drug: string;
  drugOther: string;
  dose: string;
  route: string;
  code: string;
}

export const VITAL_SIGNS = [
  'temperature',
  'pulse',
  'systolic',
  'diastolic',
  'respiratoryRate',
  'spo2',
] as const satisfies readonly VitalSign[];

/** Now, to the minute, in the device's time zone: what a datetime-local field shows and gives back. */
export function nowForInput(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function emptyLogEntryValues(kind: EventLogKind, now = new Date()): LogEntryFormValues {
  return {
    kind,
    at: nowForInput(now),
    text: '',
    temperature: '',
    pulse: '',
    systolic: '',
    diastolic: '',
    respiratoryRate: '',
    spo2: '',
    drug: '',
    drugOther: '',
    dose: '',
    route: '',
    code: '',
  };
}

/** The episode an entry belongs to; its patient and hospital are copied so the server can scope it. */
export interface LogEntryOwner {
  episodeId: string;
  patientId: string;
  hospitalId?: string | undefined;
}

/** Form values → the `data` of a log entry version: only the fields of its kind, blanks left out. */
export function logEntryToData(values: Partial<LogEntryFormValues>, owner: LogEntryOwner) {
  const kind = values.kind ?? 'note';
  const common = {
    kind,
    episodeId: owner.episodeId,
    patientId: owner.patientId,
    hospitalId: owner.hospitalId,
    at: textOrUndefined(values.at),
  };
  switch (kind) {
    case 'note':
      return withoutUndefined({ ...common, text: textOrUndefined(values.text) });
    case 'vitals':
      return withoutUndefined({
        ...common,
        ...Object.fromEntries(VITAL_SIGNS.map((sign) => [sign, numberFromText(values[sign])])),
      });
    case 'medication': {
      const drug = textOrUndefined(values.drug);
      return withoutUndefined({
        ...common,
        drug,
        drugOther: drug === 'other' ? textOrUndefined(values.drugOther) : undefined,
        dose: textOrUndefined(values.dose),
        route: textOrUndefined(values.route),
      });
    }
    case 'complication':
      return withoutUndefined({
        ...common,
        code: textOrUndefined(values.code),
        text: textOrUndefined(values.text),
      });
  }
}
