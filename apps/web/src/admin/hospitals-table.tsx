import type { Hospital } from '@registry/domain';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../episodes/list-labels';

interface HospitalsTableProps {
  hospitals: readonly Hospital[];
  onEdit: (hospital: Hospital) => void;
  onToggleActive: (hospital: Hospital) => void;
}

/** Every hospital, inactive ones too: old records still name them. */
export function HospitalsTable({ hospitals, onEdit, onToggleActive }: HospitalsTableProps) {
  const { t } = useTranslation('admin');
  return (
    <Table responsive hover className="align-middle">
      <caption className="visually-hidden">{t('hospitals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('hospitals.name')}</th>
          <th scope="col">{t('hospitals.address')}</th>
          <th scope="col">{t('hospitals.region')}</th>
          <th scope="col">{t('hospitals.zone')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {hospitals.map((hospital) => (
          <tr key={hospital.id} className={hospital.active ? undefined : 'text-body-secondary'}>
            <th scope="row" className="fw-normal">
              {hospital.name}
            </th>
            <td>{hospital.address}</td>
            <td>{codeLabel(t, 'tanzaniaRegion', hospital.region)}</td>
            <td>{codeLabel(t, 'tanzaniaZone', hospital.zone)}</td>
            <td>
              <Badge bg={hospital.active ? 'success' : 'secondary'}>
                {hospital.active ? t('active') : t('inactive')}
              </Badge>
            </td>
            <td>
              <div className="d-flex flex-wrap gap-2">
                <Button
                  size="sm"
                  variant="outline-primary"
                  onClick={() => onEdit(hospital)}
                  aria-label={t('hospitals.editOf', { name: hospital.name })}
                >
                  {t('common:edit')}
                </Button>
                <Button
                  size="sm"
                  variant={hospital.active ? 'outline-danger' : 'outline-success'}
                  onClick={() => onToggleActive(hospital)}
                  aria-label={t(hospital.active ? 'hospitals.deactivateOf' : 'hospitals.reactivateOf', {
                    name: hospital.name,
                  })}
                >
                  {hospital.active ? t('deactivate') : t('reactivate')}
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
