import { missingFields } from '@registry/domain';
import { useId } from 'react';
import Badge from 'react-bootstrap/Badge';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnyState } from '../local/patient-summary';
import { episodeHeadline } from './episode-headline';
import { recordTitle } from './record-title';
import { useHospitalNames } from './use-hospital-names';
import { useTranslate } from './use-translate';

/** The patient's episodes, newest first (already sorted and without deleted ones), each a link to its page. */
export function PatientEpisodes({
  patientId,
  episodes,
  heading,
}: {
  patientId: string;
  episodes: readonly AnyState[];
  /** The section's heading (a third-level one); "Episodes (n)" by default. */
  heading?: string;
}) {
  const headingId = useId();
  const { t: tr, language } = useTranslate();
  const { t } = useTranslation('patients');
  const hospitalNames = useHospitalNames();
  return (
    <section aria-labelledby={headingId} className="mb-4">
      {heading ? (
        <h3 id={headingId} className="h6">
          {heading}
        </h3>
      ) : (
        <h2 id={headingId} className="h5">
          {t('page.episodes', { count: episodes.length })}
        </h2>
      )}
      {episodes.length === 0 ? (
        <p className="text-body-secondary">{t('page.noEpisodes')}</p>
      ) : (
        <ListGroup as="ul" data-testid="episode-list">
          {episodes.map((state) => {
            const data = state.preferred.data;
            const missing = missingFields('episode', data).length;
            const hospital =
              typeof data.hospitalId === 'string' ? hospitalNames.get(data.hospitalId) : undefined;
            const headline = episodeHeadline(tr, data);
            return (
              <ListGroup.Item as="li" key={state.entityId} className="p-0">
                <Link
                  to={`/patients/${patientId}/episodes/${state.entityId}`}
                  className="d-block px-3 py-2 text-reset text-decoration-none list-group-item-action"
                  data-testid="episode-row"
                >
                  <div className="d-flex flex-wrap align-items-center gap-2">
                    <span className="fw-semibold text-primary">{recordTitle(tr, state, language)}</span>
                    {state.inConflict && (
                      <Badge bg="warning" text="dark">
                        {t('common:conflict')}
                      </Badge>
                    )}
                    {missing > 0 && (
                      <Badge bg="light" text="dark" className="border">
                        {t('common:missing', { count: missing })}
                      </Badge>
                    )}
                  </div>
                  {(headline || hospital) && (
                    <div className="small text-body-secondary">
                      {[headline, hospital].filter(Boolean).join(' · ')}
                    </div>
                  )}
                </Link>
              </ListGroup.Item>
            );
          })}
        </ListGroup>
      )}
    </section>
  );
}
