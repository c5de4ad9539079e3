import type { ReviewFilter } from '@registry/domain';
import { useId } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useReference } from '../app/use-reference';
import { useChoices } from '../episodes/list-labels';
import type { Choice } from '../forms/choice-buttons';
import { useTranslate } from '../patients/use-translate';
import { hospitalFilterChoices, regionFilterChoices, staffFilterChoices } from './filter-choices';
import type { FilterParam, ReviewFilterField } from './filter-fields';
import { FilterProblems } from './filter-problems';
import type { ParamProblem } from './review-params';

export type { ReviewFilterField } from './filter-fields';

export interface ReviewFilterBarProps {
  filter: ReviewFilter;
  /** The whole new filter (the bar never changes it in place). */
  onChange: (filter: ReviewFilter) => void;
  /** The controls to show, in the bar's own order. */
  fields: readonly ReviewFilterField[];
  /** How many rows the filter selects, shown and announced as it changes; not shown when undefined. */
  count?: number | undefined;
  /** What `count` counts. */
  noun?: 'patients' | 'episodes' | 'records';
  /** Parameters of the address that were left out (useReviewFilter's `problems`). */
  problems?: readonly ParamProblem[];
}

/**
 * The filters of the review tables and reports, as labelled controls. Every change hands the caller
 * a new filter (useReviewFilter keeps it in the address); "Clear filters" hands it an empty one.
 */
export function ReviewFilterBar({
  filter,
  onChange,
  fields,
  count,
  noun = 'records',
  problems = [],
}: ReviewFilterBarProps) {
  const { t } = useTranslate('review');
  const deletedId = useId();
  const { hospitals, staff } = useReference();
  const typeChoices = useChoices('episodeType');
  const shows = (field: ReviewFilterField) => fields.includes(field);
  const set = (param: FilterParam, value: string) => {
    // Every filter value is a query-string value; the schema decides which ones mean something.
    const next: Record<string, string> = { ...filter };
    if (value) next[param] = value;
    else delete next[param];
    onChange(next as ReviewFilter);
  };
  const select = (param: FilterParam, label: string, any: string, choices: readonly Choice[]) => (
    <FilterSelect
      label={label}
      any={any}
      value={filter[param] ?? ''}
      choices={choices}
      onChange={(v) => set(param, v)}
    />
  );

  return (
    <search aria-label={t('filter.label')} className="d-block border rounded p-3 mb-3">
      <div className="row g-2 align-items-end">
        {shows('dates') && (
          <>
            <DateField label={t('filter.from')} value={filter.from} onChange={(v) => set('from', v)} />
            <DateField label={t('filter.to')} value={filter.to} onChange={(v) => set('to', v)} />
          </>
        )}
        {shows('hospital') &&
          select(
            'hospitalId',
            t('filter.hospital'),
            t('filter.everyHospital'),
            hospitalFilterChoices(t, hospitals, filter.hospitalId),
          )}
        {shows('region') &&
          select(
            'region',
            t('filter.region'),
            t('filter.everyRegion'),
            regionFilterChoices(t, hospitals, filter.region),
          )}
        {shows('surgeon') &&
          select(
            'surgeonId',
            t('filter.surgeon'),
            t('filter.anyone'),
            staffFilterChoices(t, staff, filter.surgeonId),
          )}
        {shows('type') && select('type', t('filter.type'), t('filter.everyType'), typeChoices)}
        {shows('completeness') &&
          select('completeness', t('filter.completeness'), t('filter.anyCompleteness'), [
            { value: 'complete', label: t('filter.complete') },
            { value: 'incomplete', label: t('filter.incomplete') },
          ])}
        {shows('conflict') &&
          select('conflict', t('filter.conflict'), t('filter.anyConflict'), [
            { value: 'only', label: t('filter.conflictOnly') },
            { value: 'none', label: t('filter.conflictNone') },
          ])}
        {shows('deleted') && (
          <div className="col-sm-6 col-lg-3">
            <Form.Check
              id={deletedId}
              type="checkbox"
              className="mb-2"
              label={t('filter.includeDeleted')}
              checked={filter.includeDeleted === 'true'}
              onChange={(event) => set('includeDeleted', event.target.checked ? 'true' : '')}
            />
          </div>
        )}
      </div>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-3">
        <p className="mb-0 fw-semibold" role="status" aria-live="polite" data-testid="review-count">
          {count === undefined ? '' : t(`count.${noun}`, { count })}
        </p>
        <Button variant="outline-secondary" onClick={() => onChange({})}>
          {t('filter.clear')}
        </Button>
      </div>
      <FilterProblems problems={problems} />
    </search>
  );
}

function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <Form.Group className="col-sm-6 col-lg-3" controlId={id}>
      <Form.Label className="small mb-1">{label}</Form.Label>
      <Form.Control
        type="date"
        size="sm"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
      />
    </Form.Group>
  );
}

function FilterSelect({
  label,
  any,
  value,
  choices,
  onChange,
}: {
  label: string;
  /** The first option: no filter. */
  any: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <Form.Group className="col-sm-6 col-lg-3" controlId={id}>
      <Form.Label className="small mb-1">{label}</Form.Label>
      <Form.Select size="sm" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Form.Select>
    </Form.Group>
  );
}
