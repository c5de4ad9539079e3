import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnyState } from '../local/patient-summary';
import type { DetailLookups } from './episode-details';
import type { EpisodeFormValues } from './episode-form-values';
import { SelectInput } from './form-controls';
import { lengthOfStayText } from './length-of-stay-text';
import { useFieldLabel } from './use-field-label';

interface OperationLinkProps {
  patientId: string;
  type: 'discharge' | 'followUp';
  /** The patient's live operations, latest first. */
  operations: readonly AnyState[];
  states: ReadonlyMap<string, AnyState>;
  lookups: DetailLookups;
}

/**
 * Which operation a discharge or follow-up belongs to: said in words when there is one, a choice by
 * date when there are several, and a way to record it first when there is none.
 */
export function OperationLink({ patientId, type, operations, states, lookups }: OperationLinkProps) {
  const { t } = useTranslation('episodes');
  const label = useFieldLabel(type);
  const [surgeryId, date] = useWatch<EpisodeFormValues, ['surgeryEpisodeId', 'date']>({
    name: ['surgeryEpisodeId', 'date'],
  });
  const ids = operations.map((s) => s.entityId);
  if (surgeryId && !ids.includes(surgeryId)) ids.push(surgeryId);
  const stay =
    type === 'discharge' ? lengthOfStayText(t, states.get(surgeryId)?.preferred.data.date, date) : undefined;

  let link: ReactNode;
  if (ids.length === 0) {
    link = (
      <Alert variant="warning">
        <p className="mb-2">{t('form.noOperation')}</p>
        <Link to={`/patients/${patientId}/episodes/new/surgery`}>{t('form.recordOperation')}</Link>
      </Alert>
    );
  } else if (ids.length === 1 && ids[0] === surgeryId) {
    const date = states.get(surgeryId)?.preferred.data.date;
    link = (
      <p className="mb-3" data-testid="linked-operation">
        {typeof date === 'string'
          ? t('form.linkedTo', { date: lookups.date(date) })
          : lookups.operationName(surgeryId)}
      </p>
    );
  } else {
    const options = ids.map((id) => ({ value: id, label: lookups.operationName(id) }));
    link = <SelectInput name="surgeryEpisodeId" label={label('surgeryEpisodeId')} options={options} />;
  }
  return (
    <>
      {link}
      {stay && (
        <p className="mb-3" data-testid="length-of-stay">
          {t('page.lengthOfStay')}: {stay}
        </p>
      )}
    </>
  );
}
