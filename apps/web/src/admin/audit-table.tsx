import type { AuditEntry, AuditOutcome } from '@registry/domain';
import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../shell/format-time';
import { detailText, type NameOf, subjectText } from './audit-detail';
import { ListTable } from './list-table';

const OUTCOME_COLOURS: Record<AuditOutcome, string> = {
  ok: 'success',
  denied: 'warning',
  failed: 'warning',
  error: 'danger',
};

const HEADERS = [
  'audit.at',
  'audit.actor',
  'audit.action',
  'audit.subject',
  'audit.outcome',
  'audit.detail',
  'audit.ip',
];

/** Audit entries, newest first, each outcome in words (its colour only repeats them), ids by name. */
export function AuditTable({ entries, nameOf }: { entries: readonly AuditEntry[]; nameOf: NameOf }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <ListTable compact caption={t('audit.caption')} headers={HEADERS}>
      {entries.map((entry) => (
        <tr key={entry.id}>
          <td className="text-nowrap">
            <time dateTime={entry.at}>{formatWhen(entry.at, i18n.language)}</time>
          </td>
          <td>{entry.actorUsername ?? entry.actorId ?? t('audit.noActor')}</td>
          <td>
            <code>{entry.action}</code>
          </td>
          <td className="text-break">{subjectText(entry.subject, nameOf)}</td>
          <td>
            <Badge
              bg={OUTCOME_COLOURS[entry.outcome]}
              text={OUTCOME_COLOURS[entry.outcome] === 'warning' ? 'dark' : undefined}
            >
              {t(`audit.outcomes.${entry.outcome}`)}
            </Badge>
          </td>
          <td className="text-break">{detailText(entry.detail, nameOf)}</td>
          <td className="text-nowrap">{entry.ip}</td>
        </tr>
      ))}
    </ListTable>
  );
}
