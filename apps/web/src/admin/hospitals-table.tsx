import type { Hospital } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../episodes/list-labels';
import { ActivatableRow } from './activatable-row';
import { ListTable } from './list-table';

const HEADERS = [
  'hospitals.name',
  'hospitals.address',
  'hospitals.region',
  'hospitals.zone',
  'status',
  'actions',
];

interface HospitalsTableProps {
  hospitals: readonly Hospital[];
  onEdit: (hospital: Hospital) => void;
  onToggleActive: (hospital: Hospital) => void;
}

/** Every hospital, inactive ones too: old records still name them. */
export function HospitalsTable({ hospitals, onEdit, onToggleActive }: HospitalsTableProps) {
  const { t } = useTranslation('admin');
  return (
    <ListTable caption={t('hospitals.caption')} headers={HEADERS}>
      {hospitals.map((hospital) => (
        <ActivatableRow
          key={hospital.id}
          kind="hospitals"
          name={hospital.name}
          active={hospital.active}
          open={{
            label: t('common:edit'),
            named: t('hospitals.editOf', { name: hospital.name }),
            onClick: () => onEdit(hospital),
          }}
          onToggleActive={() => onToggleActive(hospital)}
        >
          <td>{hospital.address}</td>
          <td>{codeLabel(t, 'tanzaniaRegion', hospital.region)}</td>
          <td>{codeLabel(t, 'tanzaniaZone', hospital.zone)}</td>
        </ActivatableRow>
      ))}
    </ListTable>
  );
}
