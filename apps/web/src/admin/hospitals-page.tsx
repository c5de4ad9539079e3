import type { Hospital } from '@registry/domain';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from './admin-screen';
import { HospitalFormModal } from './hospital-form-modal';
import { HospitalsTable } from './hospitals-table';
import { ListHeader } from './list-header';
import { ToggleActiveModal } from './toggle-active';
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

const hospitalName = (hospital: Hospital) => hospital.name;
const byHospitalName = byName(hospitalName);

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
      <ListHeader addLabel={t('hospitals.add')} onAdd={() => setEditing({})} notice={notice} list={data} />
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
        <ToggleActiveModal
          kind="hospitals"
          item={toggling}
          nameOf={hospitalName}
          setActive={api.setHospitalActive}
          onChanged={changed}
          onClose={() => setToggling(undefined)}
        />
      )}
    </>
  );
}
