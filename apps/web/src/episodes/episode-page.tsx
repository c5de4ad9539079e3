import { EPISODE_TYPES, isCode, missingFields } from '@registry/domain';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useChart } from '../app/use-chart';
import { useWriter } from '../app/use-writer';
import { ConfirmModal } from '../forms/confirm-modal';
import { MissingFieldsNote } from '../forms/missing-fields-note';
import type { AnyState } from '../local/patient-summary';
import { DetailList } from './detail-list';
import { episodeDetailRows } from './episode-details';
import { EpisodeFollowOns } from './episode-follow-ons';
import { EpisodeLog } from './episode-log';
import { EpisodePageFrame, EpisodeProblem } from './episode-page-frame';
import { episodeFieldLabels } from './field-label';
import { lengthOfStayText } from './length-of-stay-text';
import { codeLabel } from './list-labels';
import { softDeleteRecord } from './save-episode';
import { useEpisodeLookups } from './use-episode-lookups';

/** `/patients/:patientId/episodes/:episodeId`: one episode in words, what is missing, and its log. */
export function EpisodePage() {
  const { patientId = '', episodeId = '' } = useParams();
  const { t } = useTranslation(['episodes', 'common']);
  const chart = useChart(patientId);
  const state = chart.states.get(episodeId);
  const patient = chart.states.get(patientId);
  if (chart.loading || state?.entity !== 'episode') {
    const title = chart.loading ? t('common:loading') : t('common:notFound.title');
    return (
      <EpisodePageFrame patientId={patientId} title={title} patient={patient}>
        {!chart.loading && <EpisodeProblem message={t('notFound.episode')} />}
      </EpisodePageFrame>
    );
  }
  return <EpisodeView patientId={patientId} episode={state} patient={patient} states={chart.states} />;
}

interface EpisodeViewProps {
  patientId: string;
  episode: AnyState;
  patient: AnyState | undefined;
  states: ReadonlyMap<string, AnyState>;
}

function EpisodeView({ patientId, episode, patient, states }: EpisodeViewProps) {
  const { t } = useTranslation(['episodes', 'common']);
  const lookups = useEpisodeLookups(states);
  const writer = useWriter();
  const navigate = useNavigate();
  const location = useLocation();
  const [confirming, setConfirming] = useState(false);
  const data = episode.preferred.data;
  const type = data.type;
  const typeName = codeLabel(t, 'episodeType', type) || t('common:unknown');
  const title =
    typeof data.date === 'string'
      ? t('title.dated', { type: typeName, date: lookups.date(data.date) })
      : typeName;
  const path = `/patients/${patientId}/episodes/${episode.entityId}`;
  const historyPath = `/patients/${patientId}/history/${episode.entityId}`;
  const justSaved = (location.state as { saved?: boolean } | null)?.saved === true;
  const rows = episodeDetailRows(t, data, lookups);
  if (type === 'discharge' && typeof data.surgeryEpisodeId === 'string') {
    const stay = lengthOfStayText(t, states.get(data.surgeryEpisodeId)?.preferred.data.date, data.date);
    if (stay) rows.splice(1, 0, { field: 'lengthOfStay', label: t('page.lengthOfStay'), value: stay });
  }
  const missing = episodeFieldLabels(t, missingFields('episode', data), type);

  const badges = (
    <>
      {episode.inConflict && (
        <Badge bg="warning" text="dark" data-testid="conflict-badge">
          {t('common:conflict')}
        </Badge>
      )}
      {episode.deleted && (
        <Badge bg="secondary" data-testid="deleted-badge">
          {t('common:deleted')}
        </Badge>
      )}
    </>
  );

  return (
    <EpisodePageFrame patientId={patientId} title={title} patient={patient} badges={badges}>
      {justSaved && !episode.deleted && (
        <Alert variant="success" dismissible data-testid="saved-note">
          {t('page.saved')}
        </Alert>
      )}
      {episode.deleted && <Alert variant="secondary">{t('page.deleted')}</Alert>}
      {episode.inConflict && (
        <Alert variant="warning">
          <p className="mb-2">{t('page.conflict')}</p>
          <Link to={historyPath}>{t('page.seeBoth')}</Link>
        </Alert>
      )}
      {!isCode(EPISODE_TYPES, type) && (
        <EpisodeProblem message={t('notFound.type', { type: String(type) })} />
      )}
      <section aria-labelledby="details-title">
        <h2 id="details-title" className="visually-hidden">
          {t('page.details')}
        </h2>
        <DetailList rows={rows} />
      </section>
      {!episode.deleted && <MissingFieldsNote labels={missing} />}
      <div className="d-flex flex-wrap gap-2 mb-4">
        {!episode.deleted && (
          <>
            <Link to={`${path}/edit`} className="btn d-inline-flex align-items-center btn-primary">
              {t('common:edit')}
            </Link>
            <Button variant="outline-danger" onClick={() => setConfirming(true)}>
              {t('common:delete')}
            </Button>
          </>
        )}
        <Link to={historyPath} className="btn d-inline-flex align-items-center btn-outline-secondary">
          {t('page.history')}
        </Link>
      </div>
      <EpisodeFollowOns patientId={patientId} episode={episode} states={states} lookups={lookups} />
      <EpisodeLog patientId={patientId} episode={episode} states={states} />
      <ConfirmModal
        show={confirming}
        title={t('remove.episodeTitle')}
        confirmLabel={t('remove.confirm')}
        variant="danger"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          const outcome = await softDeleteRecord(writer, episode);
          if (outcome.ok) navigate(`/patients/${patientId}`);
          return outcome;
        }}
      >
        {t('remove.episodeBody', { what: typeName })}
      </ConfirmModal>
    </EpisodePageFrame>
  );
}
