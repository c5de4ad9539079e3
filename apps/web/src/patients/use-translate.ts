import { useTranslation } from 'react-i18next';
import type { Translate } from '../episodes/list-labels';

/**
 * react-i18next's `t` as the plain Translate that the label helpers take (codeLabel,
 * episodeFieldLabel, patientFieldLabel…), with the screen's language; both follow a language switch.
 */
export function useTranslate(namespace = 'patients'): { t: Translate; language: string } {
  const { t, i18n } = useTranslation(namespace);
  // i18next's TFunction is overloaded and branded; every call here passes a key and options only.
  return { t: t as unknown as Translate, language: i18n.language };
}
