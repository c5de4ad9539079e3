export {
  COMPLETENESS_FILTERS,
  CONFLICT_FILTERS,
  EPISODE_ONLY_FILTERS,
  episodeInvolves,
  type ReviewFilter,
  reviewFilterParams,
  reviewFilterPredicate,
  reviewFilterSchema,
} from './review-filter';
export { episodeTypeOf, type ReviewRecord, reviewRecordOf } from './review-record';
