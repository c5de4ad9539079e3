import type { Translate } from '../episodes/list-labels';
import { patientFields } from './patient-fields.i18n';

const TOP_LEVEL = new Set(Object.keys(patientFields.en));
const PHONE_PART: Readonly<Record<string, string>> = { number: 'phoneNumber', comment: 'phoneComment' };

/**
 * The label of a patient field as the form shows it, in the screen's language; also for the paths
 * that missingFields and refusals use (`phones.1.number` → "Phone 2: number"). An unknown field is
 * shown as its name rather than hidden.
 */
export function patientFieldLabel(t: Translate, field: string): string {
  const [first, index, part] = field.split('.');
  if (first === 'phones' && index !== undefined && /^\d+$/.test(index)) {
    const n = Number(index) + 1;
    const key = part === undefined ? 'phone' : PHONE_PART[part];
    return key ? t(`patientFields:${key}`, { n }) : field;
  }
  return first !== undefined && TOP_LEVEL.has(first) && index === undefined
    ? t(`patientFields:${first}`)
    : field;
}
