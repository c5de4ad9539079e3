import {
  buildReports,
  type Reports,
  type ReviewFilter,
  reviewFilterPredicate,
  selectReportRecords,
} from '@registry/domain';
import { useDeferredValue, useMemo, useState } from 'react';
import { useReference } from '../app/use-reference';
import type { ReviewLoad } from '../review-data/review-index';
import { useReviewRecords } from '../review-data/use-review-records';
import { today } from '../shell/format-time';
import { keptMissingFields } from './kept-missing-fields';

export interface ReportsState {
  /** Undefined until every chart on the device has been read: a report over part of them would mislead. */
  reports: Reports | undefined;
  loading: ReviewLoad | undefined;
  /** The filter changed and the reports shown are still those of the previous one. */
  stale: boolean;
  /** The day follow-ups are counted as due by. */
  asOf: string;
}

/**
 * The reports over every record on the device that `filter` selects, made again only when the records
 * (their revision) or the filter change. A new filter is applied as a deferred update: the controls
 * answer at once and the reports follow.
 */
export function useReports(filter: ReviewFilter): ReportsState {
  const records = useReviewRecords();
  const { hospitals, staff } = useReference();
  const applied = useDeferredValue(filter);
  const [missingFieldsOf] = useState(keptMissingFields);
  const asOf = today();
  const loaded = records.loading === undefined;
  const { patients, episodes } = records;
  const regions = useMemo(() => new Map(hospitals.map((h) => [h.id, h.region])), [hospitals]);
  // The lists are new arrays exactly when the records' revision changes.
  const reports = useMemo(() => {
    if (!loaded) return undefined;
    const matches = reviewFilterPredicate(applied, (id) => regions.get(id));
    const selected = selectReportRecords({ patients, episodes }, matches);
    return buildReports({ ...selected, hospitals, staff, asOf, missingFieldsOf });
  }, [loaded, patients, episodes, applied, regions, hospitals, staff, asOf, missingFieldsOf]);
  return { reports, loading: records.loading, stale: applied !== filter, asOf };
}
