import { useTranslation } from 'react-i18next';
import type { DetailRow } from './episode-details';

/** Label and value pairs: stacked on a phone, side by side from md up. */
export function DetailList({ rows }: { rows: readonly DetailRow[] }) {
  const { t } = useTranslation('episodes');
  if (rows.length === 0) return <p className="text-body-secondary">{t('page.nothing')}</p>;
  return (
    <dl className="row mb-3" data-testid="episode-details">
      {rows.map((row) => (
        <div key={row.field} className="col-12 col-md-6 mb-2" data-field={row.field}>
          <dt className="small text-body-secondary fw-normal">{row.label}</dt>
          <dd className="mb-0 text-break">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
