import { useCallback, useMemo } from 'react';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from './admin-api';
import { AdminScreen } from './admin-screen';
import { auditNames, noNames } from './audit-detail';
import { filtersFromParams, hasFilters, paramsFromFilters } from './audit-filters';
import { AuditFiltersForm } from './audit-filters-form';
import { AuditTable } from './audit-table';
import { ErrorAlert } from './error-alert';
import type { ReadyAccess } from './use-admin-access';
import { useAuditLog } from './use-audit-log';
import { useLoaded } from './use-loaded';

/** Who did what on the server, newest first, filtered from the address bar. Online only. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  return <AdminScreen title={t('audit.title')}>{(access) => <AuditScreen access={access} />}</AdminScreen>;
}

function AuditScreen({ access: { api } }: { access: ReadyAccess }) {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const log = useAuditLog(api, filters);
  // Entries name users and hospitals by id; without the lists (a failure here) the ids show as they are.
  const loadNames = useCallback(
    async () => auditNames(...(await Promise.all([api.listUsers(), api.listHospitals()]))),
    [api],
  );
  const nameOf = useLoaded(loadNames).value ?? noNames;
  const apply = (next: AuditFilters) => setParams(paramsFromFilters(next));

  return (
    <>
      {/* Keyed by the address, so going back to other filters shows them in the form too. */}
      <AuditFiltersForm key={key} filters={filters} onApply={apply} />
      <section aria-labelledby="audit-entries-title">
        <h2 id="audit-entries-title" className="h5">
          {t('audit.entries')}
        </h2>
        <p role="status" className="small">
          {log.loading
            ? t('loading')
            : log.entries.length === 0
              ? t(hasFilters(filters) ? 'audit.noneMatch' : 'audit.none')
              : t('audit.shown', { count: log.entries.length })}
        </p>
        {log.entries.length > 0 && <AuditTable entries={log.entries} nameOf={nameOf} />}
        <ErrorAlert
          error={log.error}
          onRetry={log.entries.length > 0 ? () => void log.loadMore() : log.reload}
        />
        {log.loading && <Spinner animation="border" size="sm" aria-hidden="true" />}
        {log.nextCursor && (
          <Button variant="outline-primary" disabled={log.loading} onClick={() => void log.loadMore()}>
            {t('audit.loadMore')}
          </Button>
        )}
      </section>
    </>
  );
}
