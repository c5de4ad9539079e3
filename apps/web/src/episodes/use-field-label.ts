import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { episodeFieldLabel } from './field-label';

/** episodeFieldLabel in a component, following the language; `episodeType` names the date field. */
export function useFieldLabel(episodeType?: string): (field: string) => string {
  const { t } = useTranslation('episodeFields');
  return useCallback((field: string) => episodeFieldLabel(t, field, episodeType), [t, episodeType]);
}
