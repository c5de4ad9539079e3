import type { Hospital } from '@registry/domain';
import { useCallback, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from './admin-screen';
import { ConfirmModal } from './confirm-modal';
import { ErrorAlert } from './error-alert';
import { HospitalFormModal } from './hospital-form-modal';
import { HospitalsTable } from './hospitals-table';
import { byName, upsertById } from './upsert-by-id';
import type { ReadyAccess } from './use-admin-access';
import { useLoaded } from './use-loaded';

/** Hospitals: add, edit, deactivate and reactivate (never delete: old records name them). Online only. */
export function HospitalsPage() {
  const { t } = useTranslation('admin');
  return (
    <AdminScreen title={t('hospitals.title')}>{(access) => <HospitalsScreen access={access} />}</AdminScreen>
  );
}

const byHospitalName = byName((hospital: Hospital) => hospital.name);

/** Which form is open: a new hospital, one to edit, or none. */
type Editing = { hospital?: Hospital } | undefined;

function HospitalsScreen({ access: { api, refreshReference } }: { access: ReadyAccess }) {
  const { t } = useTranslation('admin');
  const load = useCallback(() => api.listHospitals(), [api]);
  const data = useLoaded(load);
  const [editing, setEditing] = useState<Editing>();
  const [toggling, setToggling] = useState<Hospital>();
  const [notice, setNotice] = useState('');

  const changed = (hospital: Hospital, words: string) => {
    data.update((hospitals) => upsertById(hospitals, hospital, byHospitalName));
    setNotice(words);
    // This device's pickers offer the hospitals it keeps: fetch them now rather than at the next sync.
    refreshReference();
  };

  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <Button onClick={() => setEditing({})} disabled={!data.value}>
          {t('hospitals.add')}
        </Button>
        <span role="status" className="ms-2">
          {notice}
        </span>
      </div>
      <ErrorAlert error={data.error} onRetry={data.reload} />
      {data.loading && !data.value && <Spinner animation="border" role="status" aria-label={t('loading')} />}
      {data.value && data.value.length === 0 && <p>{t('hospitals.none')}</p>}
      {data.value && data.value.length > 0 && (
        <HospitalsTable
          hospitals={data.value}
          onEdit={(hospital) => setEditing({ hospital })}
          onToggleActive={setToggling}
        />
      )}
      {editing && (
        <HospitalFormModal
          api={api}
          hospital={editing.hospital}
          onSaved={(hospital) => {
            changed(
              hospital,
              t(editing.hospital ? 'hospitals.saved' : 'hospitals.added', { name: hospital.name }),
            );
            setEditing(undefined);
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
      {toggling && (
        <ConfirmModal
          title={t(toggling.active ? 'hospitals.deactivateOf' : 'hospitals.reactivateOf', {
            name: toggling.name,
          })}
          body={t(toggling.active ? 'hospitals.deactivateBody' : 'hospitals.reactivateBody', {
            name: toggling.name,
          })}
          confirmLabel={toggling.active ? t('deactivate') : t('reactivate')}
          variant={toggling.active ? 'danger' : 'primary'}
          onConfirm={async () => {
            const hospital = await api.setHospitalActive(toggling.id, !toggling.active);
            changed(
              hospital,
              t(hospital.active ? 'hospitals.reactivated' : 'hospitals.deactivated', { name: hospital.name }),
            );
          }}
          onClose={() => setToggling(undefined)}
        />
      )}
    </>
  );
}
