import { episodeFields } from './episode-fields.i18n';
import type { Translate } from './list-labels';

const WORDS: Readonly<Record<string, unknown>> = episodeFields.en;
const ITEM_NOUNS: Readonly<Record<string, unknown>> = episodeFields.en.item;
const ITEM_FIELDS: Readonly<Record<string, unknown>> = episodeFields.en.itemField;
const DATE_LABELS: Readonly<Record<string, unknown>> = episodeFields.en.dateOf;

const isLabel = (words: Readonly<Record<string, unknown>>, key: string | undefined): key is string =>
  key !== undefined && Object.hasOwn(words, key) && typeof words[key] === 'string';

/**
 * The label of a field of an episode or log entry, for forms, missing-field notes, history and
 * conflict views. Takes a field name or a path into a list (`complications.0.text` → "Complication 1:
 * text"); an episode's `date` is named after its type ("Discharge date") when the type is given. A
 * field this app does not know (from a newer version) is shown by its name rather than hidden.
 */
export function episodeFieldLabel(t: Translate, field: string, episodeType?: unknown): string {
  const [first, index, sub] = field.split('.');
  if (first === undefined || first === '') return field;
  if (index !== undefined && /^\d+$/.test(index)) {
    const n = Number(index) + 1;
    const item = isLabel(ITEM_NOUNS, first)
      ? t(`episodeFields:item.${first}`, { n })
      : `${episodeFieldLabel(t, first, episodeType)} ${n}`;
    if (sub === undefined) return item;
    const part = isLabel(ITEM_FIELDS, sub) ? t(`episodeFields:itemField.${sub}`) : sub;
    return t('episodeFields:itemFieldLabel', { item, field: part });
  }
  if (first === 'date' && typeof episodeType === 'string' && isLabel(DATE_LABELS, episodeType)) {
    return t(`episodeFields:dateOf.${episodeType}`);
  }
  return isLabel(WORDS, first) ? t(`episodeFields:${first}`) : field;
}

/** Labels of many fields at once, e.g. for MissingFieldsNote from missingFields('episode', data). */
export function episodeFieldLabels(t: Translate, fields: readonly string[], episodeType?: unknown): string[] {
  return fields.map((field) => episodeFieldLabel(t, field, episodeType));
}
