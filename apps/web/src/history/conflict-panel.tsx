import { differingFields, type Version } from '@registry/domain';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../shell/format-time';
import { formatValue, type ValueWords } from './format-value';
import { fieldsOf } from './record-versions';

interface ConflictPanelProps {
  heads: readonly Version[];
  author: (authorId: string) => string;
  device: (deviceId: string) => string;
  label: (field: string) => string;
  words: ValueWords;
}

/**
 * The versions of a record in conflict, side by side on a wide screen and one under the other on a
 * phone, with the fields that differ marked in words as well as colour. Resolving is for coordinators,
 * later; this only shows both, so nothing is lost from view.
 */
export function ConflictPanel({ heads, author, device, label, words }: ConflictPanelProps) {
  const { t, i18n } = useTranslation('history');
  const differing = new Set(differingFields(heads));
  const fields = fieldsOf(heads);
  return (
    <section aria-labelledby="conflict-heading" className="mb-4" data-testid="conflict-panel">
      <Alert variant="warning">
        <h2 id="conflict-heading" className="h5">
          {t('conflict.title', { count: heads.length })}
        </h2>
        <p className="mb-1">{t('conflict.explain')}</p>
        {differing.size > 0 && (
          <p className="mb-0">
            <span className="fw-semibold">{t('conflict.differing')}</span>{' '}
            {[...differing].map(label).join(', ')}
          </p>
        )}
      </Alert>
      <Row xs={1} md={Math.min(heads.length, 3)} className="g-3">
        {heads.map((head, i) => (
          <Col key={head.versionId}>
            <Card className="h-100" data-testid="conflict-version">
              <Card.Header>
                <h3 className="h6 mb-1">
                  {t('conflict.version', { n: i + 1 })}{' '}
                  {head.deleted && <Badge bg="secondary">{t('common:deleted')}</Badge>}
                </h3>
                <div className="small">
                  {t('byWhenWhere', {
                    who: author(head.authorId),
                    when: formatWhen(head.createdAt, i18n.language),
                    device: device(head.deviceId),
                  })}
                </div>
              </Card.Header>
              <Card.Body className="p-0">
                <dl className="mb-0 small">
                  {fields.map((field) => {
                    const differs = differing.has(field);
                    return (
                      <div
                        key={field}
                        className={`px-3 py-1 border-bottom ${differs ? 'bg-warning-subtle' : ''}`}
                        data-differs={differs || undefined}
                      >
                        <dt className={differs ? 'fw-bold' : 'fw-normal text-body-secondary'}>
                          {label(field)}
                          {differs && (
                            <Badge bg="warning" text="dark" className="ms-2">
                              {t('conflict.differs')}
                            </Badge>
                          )}
                        </dt>
                        <dd className="mb-0 text-break">{formatValue(field, head.data[field], words)}</dd>
                      </div>
                    );
                  })}
                </dl>
              </Card.Body>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
