import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnyState } from '../local/patient-summary';
import type { DetailLookups } from './episode-details';
import { codeLabel } from './list-labels';

interface FollowOnsProps {
  patientId: string;
  episode: AnyState;
  states: ReadonlyMap<string, AnyState>;
  lookups: DetailLookups;
}

/**
 * An operation's discharge and follow-ups with the buttons to record them; for a discharge or
 * follow-up, the way back to its operation.
 */
export function EpisodeFollowOns({ patientId, episode, states, lookups }: FollowOnsProps) {
  const { t } = useTranslation('episodes');
  const data = episode.preferred.data;
  const base = `/patients/${patientId}/episodes`;
  if (data.type !== 'surgery') {
    const surgeryId = data.surgeryEpisodeId;
    if (typeof surgeryId !== 'string' || !states.has(surgeryId)) return null;
    return (
      <p>
        <Link to={`${base}/${surgeryId}`} data-testid="open-operation">
          {lookups.operationName(surgeryId)}
        </Link>
      </p>
    );
  }
  const followOns = [...states.values()]
    .filter(
      (s) => s.entity === 'episode' && !s.deleted && s.preferred.data.surgeryEpisodeId === episode.entityId,
    )
    .sort((a, b) => String(a.preferred.data.date ?? '').localeCompare(String(b.preferred.data.date ?? '')));
  const query = `?surgery=${encodeURIComponent(episode.entityId)}`;
  // One discharge per operation: once it is recorded, it is edited rather than recorded again.
  const discharged = followOns.some((s) => s.preferred.data.type === 'discharge');
  return (
    <section className="mb-4" aria-labelledby="follow-ons-title">
      <h2 id="follow-ons-title" className="h5">
        {t('page.followOn')}
      </h2>
      {followOns.length === 0 ? (
        <p className="text-body-secondary">{t('page.noFollowOn')}</p>
      ) : (
        <ListGroup className="mb-2">
          {followOns.map((s) => (
            <ListGroup.Item key={s.entityId} action as={Link} to={`${base}/${s.entityId}`}>
              {codeLabel(t, 'episodeType', s.preferred.data.type)}
              {typeof s.preferred.data.date === 'string' && `, ${lookups.date(s.preferred.data.date)}`}
            </ListGroup.Item>
          ))}
        </ListGroup>
      )}
      {!episode.deleted && (
        <div className="d-flex flex-wrap gap-2">
          {!discharged && (
            <Link
              to={`${base}/new/discharge${query}`}
              className="btn d-inline-flex align-items-center btn-outline-primary"
            >
              {t('page.recordDischarge')}
            </Link>
          )}
          <Link
            to={`${base}/new/followUp${query}`}
            className="btn d-inline-flex align-items-center btn-outline-primary"
          >
            {t('page.recordFollowUp')}
          </Link>
        </div>
      )}
    </section>
  );
}
