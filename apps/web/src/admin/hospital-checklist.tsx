import type { Hospital } from '@registry/domain';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

interface HospitalChecklistProps {
  /** Prefixes the boxes' ids, unique on the page. */
  id: string;
  hospitals: readonly Hospital[];
  selected: readonly string[];
  onChange: (hospitalIds: string[]) => void;
}

/**
 * The hospitals an account works at, as boxes to tick. An inactive hospital is offered only while the
 * account still has it, so that it can be taken away but not given.
 */
export function HospitalChecklist({ id, hospitals, selected, onChange }: HospitalChecklistProps) {
  const { t } = useTranslation('admin');
  const shown = hospitals.filter((hospital) => hospital.active || selected.includes(hospital.id));
  const toggle = (hospitalId: string, on: boolean) =>
    onChange(on ? [...selected, hospitalId] : selected.filter((other) => other !== hospitalId));
  return (
    <fieldset className="mb-3">
      <legend className="fs-6">{t('users.hospitals')}</legend>
      <p className="form-text mt-0">{t('users.hospitalsHint')}</p>
      {shown.length === 0 && <p>{t('hospitals.none')}</p>}
      <div className="border rounded px-2 py-1 overflow-auto" style={{ maxHeight: '16rem' }}>
        {shown.map((hospital) => (
          <Form.Check
            key={hospital.id}
            id={`${id}-${hospital.id}`}
            className="py-1"
            checked={selected.includes(hospital.id)}
            onChange={(e) => toggle(hospital.id, e.target.checked)}
            label={hospital.active ? hospital.name : t('hospitals.inactiveName', { name: hospital.name })}
          />
        ))}
      </div>
    </fieldset>
  );
}
