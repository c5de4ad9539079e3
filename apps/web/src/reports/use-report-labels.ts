import { useMemo } from 'react';
import { useReference } from '../app/use-reference';
import { useTranslate } from '../patients/use-translate';
import { type ReportLabels, reportLabels } from './report-labels';

/** reportLabels with the device's reference data, following the language as it changes. */
export function useReportLabels(): ReportLabels {
  const { hospitals, staff } = useReference();
  const { t, language } = useTranslate('reports');
  return useMemo(() => {
    const hospitalNames = new Map(hospitals.map((h) => [h.id, h.name]));
    const staffNames = new Map(staff.map((s) => [s.id, s.fullName]));
    return reportLabels(t, language, {
      hospitalName: (id) => hospitalNames.get(id),
      staffName: (id) => staffNames.get(id),
    });
  }, [hospitals, staff, t, language]);
}
