import { NOT_RECORDED, type Rate, type RecordKind, type Share } from '@registry/domain';
import { episodeFieldLabel } from '../episodes/field-label';
import { codeLabel, type Translate } from '../episodes/list-labels';
import { patientFieldLabel } from '../patients/patient-field-label';
import { rateText, shareText } from './format-share';

/** Names of what the reports key their groups by (ids, codes, months), in the screen's language. */
export interface ReportLabels {
  language: string;
  hospital: (id: string) => string;
  region: (region: string) => string;
  surgeon: (id: string) => string;
  month: (month: string) => string;
  herniaSite: (code: string) => string;
  cepod: (code: string) => string;
  kind: (kind: RecordKind) => string;
  field: (kind: RecordKind, field: string) => string;
  number: (value: number) => string;
  share: (share: Share) => string;
  rate: (rate: Rate) => string;
}

export interface ReportNames {
  hospitalName: (id: string) => string | undefined;
  staffName: (id: string) => string | undefined;
}

export function reportLabels(t: Translate, language: string, names: ReportNames): ReportLabels {
  const numbers = new Intl.NumberFormat(language);
  const months = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  // Every label passes NOT_RECORDED through here, so that "not recorded" reads the same everywhere.
  const known =
    (label: (key: string) => string) =>
    (key: string): string =>
      key === NOT_RECORDED ? t('reports:notRecorded') : label(key);
  return {
    language,
    hospital: known(
      (id) => names.hospitalName(id) ?? t('episodes:form.unknownHospital', { id: id.slice(0, 8) }),
    ),
    region: known((region) => codeLabel(t, 'tanzaniaRegion', region)),
    surgeon: known((id) => names.staffName(id) ?? t('episodes:form.unknownPerson', { id: id.slice(0, 8) })),
    month: known((month) => {
      const [year, monthNumber] = month.split('-').map(Number);
      return months.format(Date.UTC(year ?? 0, (monthNumber ?? 1) - 1, 1));
    }),
    herniaSite: known((code) => codeLabel(t, 'herniaSite', code)),
    cepod: known((code) => codeLabel(t, 'cepod', code)),
    kind: (kind) => t(`reports:completeness.kinds.${kind}`),
    field: (kind, field) =>
      kind === 'patient' ? patientFieldLabel(t, field) : itemFieldLabel(t, field, kind),
    number: (value) => numbers.format(value),
    share: (share) => shareText(t, language, share),
    rate: (rate) => rateText(t, language, rate),
  };
}

/** A field of every item of a list (`complications.*.text`) as "Complications: text"; others as forms name them. */
function itemFieldLabel(t: Translate, field: string, episodeType: string): string {
  const [list, item] = field.split('.*.');
  if (list === undefined || item === undefined) return episodeFieldLabel(t, field, episodeType);
  return t('episodeFields:itemFieldLabel', {
    item: episodeFieldLabel(t, list, episodeType),
    field: t(`episodeFields:itemField.${item}`, { defaultValue: item }),
  });
}
