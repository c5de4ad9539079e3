import Badge from 'react-bootstrap/Badge';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../shell/format-time';
import type { AuditEntry, AuditOutcome } from './admin-api';
import { detailText, type NameOf, subjectText } from './audit-detail';

const OUTCOME_COLOURS: Record<AuditOutcome, string> = {
  ok: 'success',
  denied: 'warning',
  failed: 'warning',
  error: 'danger',
};

/** Audit entries, newest first, each outcome in words (its colour only repeats them), ids by name. */
export function AuditTable({ entries, nameOf }: { entries: readonly AuditEntry[]; nameOf: NameOf }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <Table responsive size="sm" className="align-middle small">
      <caption className="visually-hidden">{t('audit.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.subject')}</th>
          <th scope="col">{t('audit.outcome')}</th>
          <th scope="col">{t('audit.detail')}</th>
          <th scope="col">{t('audit.ip')}</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </Table>
  );
}
