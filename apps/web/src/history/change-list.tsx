import { useTranslation } from 'react-i18next';
import { formatValue, type ValueWords } from './format-value';
import type { FieldChange } from './version-diff';

interface ChangeListProps {
  changes: readonly FieldChange[];
  label: (field: string) => string;
  words: ValueWords;
  /** A first version: list what it recorded, without "before". */
  created?: boolean;
}

/**
 * Each changed field as "label: old → new". Struck-through and inserted text carry the meaning for
 * sighted readers; hidden words say "before" and "after" for screen readers.
 */
export function ChangeList({ changes, label, words, created }: ChangeListProps) {
  const { t } = useTranslation('history');
  if (changes.length === 0) return <p className="mb-0 text-body-secondary">{t('noFieldChanged')}</p>;
  return (
    <dl className="mb-0 small" data-testid="change-list">
      {changes.map((change) => (
        <div key={change.field} className="py-1 border-bottom" data-field={change.field}>
          <dt className="fw-semibold">{label(change.field)}</dt>
          <dd className="mb-0 text-break">
            {created ? (
              formatValue(change.field, change.after, words)
            ) : (
              <>
                <span className="visually-hidden">{t('before')}: </span>
                <del className="text-body-secondary">{formatValue(change.field, change.before, words)}</del>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">, {t('after')}: </span>
                <ins className="text-decoration-none fw-semibold">
                  {formatValue(change.field, change.after, words)}
                </ins>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
