import { EPISODE_TYPES, type EpisodeType, isCode, type Version } from '@registry/domain';
import { useCallback, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useChart } from '../app/use-chart';
import { useWriter } from '../app/use-writer';
import { useDraftBase } from '../forms/use-draft';
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
  const draftBase = useDraftBase(`episode:edit:${episodeId}`);
  const state = chart.states.get(episodeId);
  const type = state?.preferred.data.type;
  const title = isCode(EPISODE_TYPES, type) ? t(`title.edit.${type}`) : t('common:edit');
  const patient = chart.states.get(patientId);
  const frame = { patientId, title, patient };
  if (chart.loading || draftBase.loading)
    return <EpisodePageFrame {...frame}>{t('common:loading')}</EpisodePageFrame>;
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
  const draftedBase = chart.versions.find((v) => v.versionId === draftBase.baseVersionId && !v.deleted);
  return (
    <EpisodePageFrame {...frame}>
      {state.inConflict && (
        <Alert variant="warning" data-testid="conflict-note">
          {t('form.conflict')}
        </Alert>
      )}
      {draftedBase && draftedBase.versionId !== state.preferred.versionId && (
        <Alert variant="warning" data-testid="edit-changed-meanwhile">
          {t('form.changedMeanwhile')}
        </Alert>
      )}
      <EditEpisodeForm
        type={type}
        title={title}
        patientId={patientId}
        state={state}
        states={chart.states}
        draftedBase={draftedBase}
      />
    </EpisodePageFrame>
  );
}

interface EditEpisodeFormProps {
  /** The version an unsaved draft of this form was made on, if there is one (see useDraftBase). */
  draftedBase?: Version | undefined;
  type: EpisodeType;
  title: string;
  patientId: string;
  state: AnyState;
  states: ReadonlyMap<string, AnyState>;
}

function EditEpisodeForm({ type, title, patientId, state, states, draftedBase }: EditEpisodeFormProps) {
  const writer = useWriter();
  // The head the person opened is the one edited: an edit that arrives meanwhile from another
  // device then shows as a conflict rather than being overwritten without anyone seeing it.
  const [base] = useState<Version>(draftedBase ?? state.preferred);
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
      baseVersionId={base.versionId}
      defaults={defaults}
      states={states}
      onSave={onSave}
      cancelTo={episodePath}
    />
  );
}
