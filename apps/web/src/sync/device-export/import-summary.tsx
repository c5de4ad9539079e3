import { can, type SessionUser } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../shell/format-time';
import type { ImportSummary } from './import-device-export';

/**
 * What a file holds, before anything is imported: where and by whom it was made, how many changes,
 * how many this device already holds, how many the server had refused, and what will become of
 * other users' changes.
 */
export function ImportSummaryView({
  summary,
  user,
  online,
  signedIn,
}: {
  summary: ImportSummary;
  user: SessionUser;
  online: boolean;
  signedIn: boolean;
}) {
  const { t, i18n } = useTranslation('deviceExport');
  const { file } = summary;
  const others = summary.others.length;
  const othersNote = !others
    ? undefined
    : !can({ ...user, active: true }, 'importDeviceExport')
      ? t('import.othersNotAllowed', { count: others })
      : !online
        ? t('import.othersOffline', { count: others })
        : !signedIn
          ? t('import.othersSignedOut', { count: others })
          : t('import.othersWillSend', { count: others });
  const row = (label: string, value: string | number, testId?: string) => (
    <>
      <dt className="col-sm-5">{label}</dt>
      <dd className="col-sm-7 text-break" data-testid={testId}>
        {value}
      </dd>
    </>
  );
  return (
    <div data-testid="import-summary">
      <h3 className="h6">{t('import.summaryTitle')}</h3>
      <dl className="row small mb-2">
        {row(t('import.fromDevice'), file.deviceId)}
        {row(t('import.exportedBy'), `${file.exportedBy.fullName} (${file.exportedBy.username})`)}
        {row(t('import.exportedAt'), formatWhen(file.exportedAt, i18n.language))}
        {file.appVersion && row(t('import.appVersion'), file.appVersion)}
        {row(t('import.versions'), file.versions.length, 'import-total')}
        {row(t('import.alreadyHere'), summary.alreadyHere, 'import-already-here')}
        {row(t('import.yours'), summary.own.length, 'import-own')}
        {row(t('import.others'), others, 'import-others')}
        {row(t('import.refusedBefore'), file.rejections.length, 'import-refused-before')}
      </dl>
      {file.rejections.length > 0 && (
        <details className="small mb-2">
          <summary>{t('import.refusedReasons')}</summary>
          <ul className="mb-0">
            {file.rejections.map((r) => (
              <li key={r.versionId}>{r.reason}</li>
            ))}
          </ul>
        </details>
      )}
      {summary.own.length + others === 0 && (
        <p className="small" data-testid="import-nothing-new">
          {t('import.nothingNew')}
        </p>
      )}
      {othersNote && (
        <p className="small" data-testid="import-others-note">
          {othersNote}
        </p>
      )}
    </div>
  );
}
