import Button from 'react-bootstrap/Button';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../app/services-context';
import { chartKey } from '../local/chart-key';
import type { OutboxRow } from '../local/registry-db';
import { formatWhen } from '../shell/format-time';

/** Versions the server refused, each with its reason, a link to the record and "Try again". */
export function RejectedList({ rows }: { rows: OutboxRow[] }) {
  const { t, i18n } = useTranslation('syncPage');
  const { store, sync } = useServices();
  if (rows.length === 0) return <p className="text-body-secondary">{t('rejectedNone')}</p>;
  return (
    <ListGroup data-testid="rejected-list">
      {rows.map(({ version, rejection, rejectedAt }) => {
        const name = typeof version.data.fullName === 'string' ? version.data.fullName : undefined;
        return (
          <ListGroup.Item key={version.versionId}>
            <div className="fw-semibold">
              {t(`entity.${version.entity}`)}
              {name ? `: ${name}` : ''}
            </div>
            <div className="small text-body-secondary">
              {t('savedAt', { when: formatWhen(version.createdAt, i18n.language) })}
              {rejectedAt ? `, ${t('refusedAt', { when: formatWhen(rejectedAt, i18n.language) })}` : ''}
            </div>
            <p className="mb-2">
              <strong>{t('reason')}:</strong> {rejection}
            </p>
            <div className="d-flex gap-2 flex-wrap">
              <Link className="btn btn-outline-secondary btn-sm" to={`/patients/${chartKey(version)}`}>
                {t('openRecord')}
              </Link>
              <Button
                size="sm"
                onClick={() => void store.retryRejected(version.versionId).then(() => sync.syncNow())}
              >
                {t('retry')}
              </Button>
            </div>
          </ListGroup.Item>
        );
      })}
    </ListGroup>
  );
}
