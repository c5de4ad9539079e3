import { type Version, versionKind } from '@registry/domain';
import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import type { OutboxRow } from '../local/registry-db';
import { formatWhen } from '../shell/format-time';
import { ChangeList } from './change-list';
import type { ValueWords } from './format-value';
import { versionChanges } from './version-diff';

export interface VersionCardProps {
  version: Version;
  /** Every version of the record by id, to find the parents. */
  byId: ReadonlyMap<string, Version>;
  /** A head: a current version (one of several when in conflict). */
  isHead: boolean;
  /** The version's outbox row when it has not been accepted by the server yet. */
  outbox?: OutboxRow;
  /** Whether the outbox was read yet (until then nothing is said about syncing). */
  outboxKnown: boolean;
  author: (authorId: string) => string;
  device: (deviceId: string) => string;
  label: (field: string) => string;
  words: ValueWords;
}

/** One version in a record's history: what kind of write, who, when, where, its sync state, and what changed. */
export function VersionCard({
  version,
  byId,
  isHead,
  outbox,
  outboxKnown,
  author,
  device,
  label,
  words,
}: VersionCardProps) {
  const { t, i18n } = useTranslation('history');
  const parents = version.parents.flatMap((id) => byId.get(id) ?? []);
  const kind = versionKind(version, parents);
  const comparisons = versionChanges(version, byId);
  const several = comparisons.length > 1;

  return (
    <Card as="li" className="mb-3" data-testid="version" data-version-id={version.versionId} data-kind={kind}>
      <Card.Header className="d-flex flex-wrap align-items-center gap-2">
        <span className="fw-semibold">{t(`kind.${kind}`)}</span>
        {isHead && (
          <Badge bg="primary" data-testid="version-current">
            {t('current')}
          </Badge>
        )}
        {version.deleted && <Badge bg="secondary">{t('common:deleted')}</Badge>}
        {outboxKnown &&
          (outbox?.rejection !== undefined ? (
            <Badge bg="danger" data-testid="version-refused">
              {t('refused')}
            </Badge>
          ) : outbox ? (
            <Badge bg="warning" text="dark" data-testid="version-waiting">
              {t('waiting')}
            </Badge>
          ) : (
            <Badge bg="light" text="dark" className="border" data-testid="version-synced">
              {t('synced')}
            </Badge>
          ))}
      </Card.Header>
      <Card.Body>
        <p className="small mb-2">
          {t('byWhenWhere', {
            who: author(version.authorId),
            when: formatWhen(version.createdAt, i18n.language),
            device: device(version.deviceId),
          })}
        </p>
        {outbox?.rejection !== undefined && (
          <p className="small text-danger mb-2" role="note" data-testid="version-refusal">
            {t('refusedReason', { reason: outbox.rejection })}
          </p>
        )}
        {comparisons.map((comparison) => {
          const parent = comparison.parentId ? byId.get(comparison.parentId) : undefined;
          return (
            <div key={comparison.parentId ?? 'first'} className={several ? 'mb-3' : undefined}>
              {several && parent && (
                <p className="small fw-semibold mb-1">
                  {t('comparedWith', {
                    who: author(parent.authorId),
                    when: formatWhen(parent.createdAt, i18n.language),
                  })}
                </p>
              )}
              {comparison.parentMissing ? (
                <p className="mb-0 text-body-secondary">{t('parentMissing')}</p>
              ) : (
                <ChangeList
                  changes={comparison.changes}
                  label={label}
                  words={words}
                  created={comparison.parentId === undefined}
                />
              )}
            </div>
          );
        })}
      </Card.Body>
    </Card>
  );
}
