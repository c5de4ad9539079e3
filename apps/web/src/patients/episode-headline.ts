import { episodeFieldLabel } from '../episodes/field-label';
import { codeLabel, type Translate } from '../episodes/list-labels';

type Data = Readonly<Record<string, unknown>>;

const isGroup = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The `other` answer shows what was written for it, when something was. */
function answer(t: Translate, data: Data, field: string, list: Parameters<typeof codeLabel>[1]): string {
  if (data[field] === 'other') return text(data[`${field}Other`]) ?? codeLabel(t, list, 'other');
  return codeLabel(t, list, data[field]);
}

function complicationsWords(t: Translate, data: Data): string | undefined {
  const listed = Array.isArray(data.complications) ? data.complications.filter(isGroup) : [];
  const label = episodeFieldLabel(t, 'complications');
  if (listed.length > 0) {
    const names = listed.map((c) =>
      c.code === 'other'
        ? (text(c.text) ?? codeLabel(t, 'complicationCode', 'other'))
        : codeLabel(t, 'complicationCode', c.code),
    );
    return `${label}: ${names.join(', ')}`;
  }
  if (data.anyComplications === 'no') return t('patients:episode.noComplications');
  if (data.anyComplications === 'yes') return `${label}: ${codeLabel(t, 'triState', 'yes')}`;
  return undefined;
}

/**
 * One line that says what an episode was about, for the patient's list of episodes: the hernia and
 * side of an operation, the complications of a discharge, pain and recurrence at follow-up.
 * Unanswered parts are left out; '' when nothing is answered yet.
 */
export function episodeHeadline(t: Translate, data: Data): string {
  const labelled = (field: string, list: Parameters<typeof codeLabel>[1]) =>
    data[field] === undefined
      ? undefined
      : `${episodeFieldLabel(t, field)}: ${codeLabel(t, list, data[field])}`;
  let parts: (string | undefined)[];
  switch (data.type) {
    case 'surgery':
      parts = [
        data.herniaSite === undefined ? undefined : answer(t, data, 'herniaSite', 'herniaSite'),
        data.side === undefined ? undefined : codeLabel(t, 'side', data.side),
      ];
      return parts.filter(Boolean).join(', ');
    case 'discharge':
      return complicationsWords(t, data) ?? '';
    case 'followUp':
      parts = [labelled('pain', 'painLevel'), labelled('recurrence', 'triState')];
      return parts.filter(Boolean).join(' · ');
    default:
      return '';
  }
}
