import { survivingPatientId } from '@registry/domain';
import { useMemo } from 'react';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChart } from '../app/use-chart';
import { usePatientIndex } from '../app/use-patients';
import { episodesNewestFirst } from '../patients/episode-order';
import { PatientEpisodes } from '../patients/patient-episodes';
import { UnmergeButton } from './unmerge-button';

/**
 * The patients merged into this one (directly or along a chain), each with its episodes: a merge
 * moves nothing, so the episodes stay in the duplicate's chart and are shown here as well.
 */
export function MergedRecords({ patientId }: { patientId: string }) {
  const { t } = useTranslation('duplicates');
  const index = usePatientIndex();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index object stays; its revision changes
  const merged = useMemo(() => {
    const mergedIntoOf = (id: string) => index.get(id)?.patient?.mergedInto;
    return [...index.all()]
      .filter(
        (s) =>
          s.patientId !== patientId &&
          s.patient?.mergedInto &&
          survivingPatientId(s.patientId, mergedIntoOf) === patientId,
      )
      .map((s) => ({ id: s.patientId, name: s.patient?.fullName ?? s.patientId }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }, [index, index.revision, patientId]);
  if (merged.length === 0) return null;
  return (
    <section aria-labelledby="merged-heading" className="mb-4" data-testid="merged-records">
      <h2 id="merged-heading" className="h5">
        {t('mergedHere.title')}
      </h2>
      <p className="small text-body-secondary">{t('mergedHere.intro')}</p>
      {merged.map(({ id, name }) => (
        <MergedRecord key={id} patientId={id} name={name} />
      ))}
    </section>
  );
}

function MergedRecord({ patientId, name }: { patientId: string; name: string }) {
  const { t } = useTranslation('duplicates');
  const chart = useChart(patientId);
  const episodes = useMemo(() => episodesNewestFirst(chart.states.values()), [chart.states]);
  return (
    <Card className="mb-3">
      <Card.Body>
        <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
          <Link to={`/patients/${patientId}`} className="fw-semibold">
            {name}
          </Link>
          <UnmergeButton patientId={patientId} name={name} />
        </div>
        <PatientEpisodes
          patientId={patientId}
          episodes={episodes}
          heading={t('mergedHere.episodesOf', { name })}
        />
      </Card.Body>
    </Card>
  );
}
