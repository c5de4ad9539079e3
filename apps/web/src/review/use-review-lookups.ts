import { useMemo } from 'react';
import { useReference } from '../app/use-reference';
import { codeLabel } from '../episodes/list-labels';
import { useTranslate } from '../patients/use-translate';
import type { ReviewLookups } from './review-columns';

export interface ReviewContext extends ReviewLookups {
  /** A hospital's region, for the filter (reviewFilterPredicate). */
  regionOf: (hospitalId: string) => string | undefined;
  language: string;
}

/**
 * Names and labels for the review tables from the reference data on the device, in the screen's
 * language. Made again only when the lists or the language change, so that the tables' sorted rows
 * (memoised on it) are not sorted again on every render. Labels are kept once looked up: a sort
 * asks for one per row.
 */
export function useReviewLookups(): ReviewContext {
  const { hospitals, staff } = useReference();
  const { t, language } = useTranslate('review');
  return useMemo(() => {
    const hospitalsById = new Map(hospitals.map((h) => [h.id, h]));
    const staffNames = new Map(staff.map((s) => [s.id, s.fullName]));
    const labels = new Map<string, string>();
    return {
      hospitalName: (id) => hospitalsById.get(id)?.name,
      regionOf: (id) => hospitalsById.get(id)?.region,
      staffName: (id) => staffNames.get(id),
      label: (list, code) => {
        const key = `${list}:${String(code)}`;
        let label = labels.get(key);
        if (label === undefined) {
          label = codeLabel(t, list, code);
          labels.set(key, label);
        }
        return label;
      },
      language,
    };
  }, [hospitals, staff, t, language]);
}
