import { EPISODE_TYPES, type EpisodeType, isCode, type Version } from '@registry/domain';
import { useCallback, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useChart } from '../app/use-chart';
import { useWriter } from '../app/use-writer';
import type { AnyState } from '../local/patient-summary';
import { EpisodeForm } from './episode-form';
import { type EpisodeFormValues, episodeValuesFromData } from './episode-form-values';
import { EpisodePageFrame, EpisodeProblem } from './episode-page-frame';
import { saveEpisode } from './save-episode';

/** `/patients/:patientId/episodes/:episodeId/edit`. */
export function EditEpisodePage() {
  const { patientId = '', episodeId = '' } = useParams();
  const { t } = useTranslation(['episodes', 'common']);
  const chart = useChart(patientId);
  const state = chart.states.get(episodeId);
  const type = state?.preferred.data.type;
  const title = isCode(EPISODE_TYPES, type) ? t(`title.edit.${type}`) : t('common:edit');
  const patient = chart.states.get(patientId);
  const frame = { patientId, title, patient };
  if (chart.loading) return <EpisodePageFrame {...frame}>{t('common:loading')}</EpisodePageFrame>;
  if (state?.entity !== 'episode') {
    return (
      <EpisodePageFrame {...frame}>
        <EpisodeProblem message={t('notFound.episode')} />
      </EpisodePageFrame>
    );
  }
  if (!isCode(EPISODE_TYPES, type)) {
    return (
      <EpisodePageFrame {...frame}>
        <EpisodeProblem message={t('notFound.type', { type: String(type) })} />
      </EpisodePageFrame>
    );
  }
  if (state.deleted) {
    return (
      <EpisodePageFrame {...frame}>
        <EpisodeProblem message={t('form.deleted')} />
        <Link to={`/patients/${patientId}/episodes/${episodeId}`}>{t('common:back')}</Link>
      </EpisodePageFrame>
    );
  }
  return (
    <EpisodePageFrame {...frame}>
      {state.inConflict && (
        <Alert variant="warning" data-testid="conflict-note">
          {t('form.conflict')}
        </Alert>
      )}
      <EditEpisodeForm type={type} title={title} patientId={patientId} state={state} states={chart.states} />
    </EpisodePageFrame>
  );
}

interface EditEpisodeFormProps {
  type: EpisodeType;
  title: string;
  patientId: string;
  state: AnyState;
  states: ReadonlyMap<string, AnyState>;
}

function EditEpisodeForm({ type, title, patientId, state, states }: EditEpisodeFormProps) {
  const writer = useWriter();
  // The head the person opened is the one edited: an edit that arrives meanwhile from another
  // device then shows as a conflict rather than being overwritten without anyone seeing it.
  const [base] = useState<Version>(state.preferred);
  const defaults = useMemo(() => episodeValuesFromData(base.data), [base]);
  const onSave = useCallback(
    (values: EpisodeFormValues) => saveEpisode(writer, { type, values, patientId, states, base }),
    [writer, type, patientId, states, base],
  );
  const episodePath = `/patients/${patientId}/episodes/${state.entityId}`;
  return (
    <EpisodeForm
      type={type}
      title={title}
      patientId={patientId}
      draftKey={`episode:edit:${state.entityId}`}
      defaults={defaults}
      states={states}
      onSave={onSave}
      cancelTo={episodePath}
    />
  );
}
