import { EPISODE_TYPES, type EpisodeType, isCode } from '@registry/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useChart } from '../app/use-chart';
import { useUser } from '../app/use-session';
import { useWriter } from '../app/use-writer';
import type { AnyState } from '../local/patient-summary';
import { today } from '../shell/format-time';
import { EpisodeForm } from './episode-form';
import type { EpisodeFormValues } from './episode-form-values';
import { EpisodePageFrame, EpisodeProblem } from './episode-page-frame';
import { newEpisodeDefaults, newEpisodeDraftKey } from './new-episode-defaults';
import { saveEpisode } from './save-episode';

/** `/patients/:patientId/episodes/new/:type`, with `?surgery=` for a discharge or follow-up. */
export function NewEpisodePage() {
  const { patientId = '', type = '' } = useParams();
  const { t } = useTranslation(['episodes', 'common']);
  const chart = useChart(patientId);
  if (!isCode(EPISODE_TYPES, type)) {
    return (
      <EpisodePageFrame patientId={patientId} title={t('common:notFound.title')}>
        <EpisodeProblem message={t('notFound.type', { type })} />
      </EpisodePageFrame>
    );
  }
  const title = t(`title.new.${type}`);
  if (chart.loading) {
    return (
      <EpisodePageFrame patientId={patientId} title={title}>
        {t('common:loading')}
      </EpisodePageFrame>
    );
  }
  const patient = chart.states.get(patientId);
  if (patient?.entity !== 'patient') {
    return (
      <EpisodePageFrame patientId={patientId} title={title}>
        <EpisodeProblem message={t('notFound.patient')} />
      </EpisodePageFrame>
    );
  }
  return (
    <EpisodePageFrame patientId={patientId} title={title} patient={patient}>
      <NewEpisodeForm type={type} title={title} patientId={patientId} states={chart.states} />
    </EpisodePageFrame>
  );
}

interface NewEpisodeFormProps {
  type: EpisodeType;
  title: string;
  patientId: string;
  states: ReadonlyMap<string, AnyState>;
}

function NewEpisodeForm({ type, title, patientId, states }: NewEpisodeFormProps) {
  const user = useUser();
  const writer = useWriter();
  const [search] = useSearchParams();
  const requested = search.get('surgery');
  // Worked out once, when the form opens: later changes to the chart must not move what is typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberately the chart as it was on opening
  const defaults = useMemo(
    () =>
      newEpisodeDefaults({ type, user, patientId, states, requestedSurgeryId: requested, today: today() }),
    [type, user, patientId, requested],
  );
  const onSave = useCallback(
    (values: EpisodeFormValues) => saveEpisode(writer, { type, values, patientId, states }),
    [writer, type, patientId, states],
  );
  return (
    <EpisodeForm
      type={type}
      title={title}
      patientId={patientId}
      draftKey={newEpisodeDraftKey(type, patientId, requested)}
      defaults={defaults}
      states={states}
      onSave={onSave}
      cancelTo={requested ? `/patients/${patientId}/episodes/${requested}` : `/patients/${patientId}`}
    />
  );
}
