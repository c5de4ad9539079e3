import { missingFields, type PatientData } from '@registry/domain';
import type { ReactNode } from 'react';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../episodes/list-labels';
import { MissingFieldsNote } from '../forms/missing-fields-note';
import { formatDate } from '../shell/format-time';
import { ageWords } from './patient-age';
import { patientFieldLabel } from './patient-field-label';
import { useHospitalNames } from './use-hospital-names';
import { useTranslate } from './use-translate';

/** Every detail of the patient record, blanks shown as "not recorded", with what the reports still need. */
export function PatientDetails({ patient, actions }: { patient: Partial<PatientData>; actions?: ReactNode }) {
  const { t: tr, language } = useTranslate();
  const { t } = useTranslation('patients');
  const hospitalNames = useHospitalNames();
  const hospital = patient.registeredHospitalId;
  const phones = (patient.phones ?? [])
    .map((p) => [p.number, p.comment && `(${p.comment})`].filter(Boolean).join(' '))
    .filter(Boolean);
  const label = (field: string) => patientFieldLabel(tr, field);
  const rows: [string, string, ReactNode][] = [
    ['fullName', label('fullName'), patient.fullName],
    ['gender', label('gender'), patient.gender && codeLabel(tr, 'gender', patient.gender)],
    ['age', t('page.ageAndBirth'), ageWords(tr, patient, new Date(), (d) => formatDate(d, language))],
    ['nationalId', label('nationalId'), patient.nationalId],
    ['hospitalNumber', label('hospitalNumber'), patient.hospitalNumber],
    [
      'phones',
      label('phones'),
      phones.length > 0 && (
        <ul className="list-unstyled mb-0">
          {phones.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ),
    ],
    ['address', label('address'), patient.address],
    [
      'registeredHospitalId',
      label('registeredHospitalId'),
      hospital && (hospitalNames.get(hospital) ?? hospital),
    ],
    [
      'notes',
      label('notes'),
      patient.notes && <span style={{ whiteSpace: 'pre-wrap' }}>{patient.notes}</span>,
    ],
  ];
  const missing = missingFields('patient', patient).map(label);
  return (
    <Card as="section" aria-labelledby="details-heading" className="mb-4">
      <Card.Body>
        <h2 id="details-heading" className="h5">
          {t('page.details')}
        </h2>
        <MissingFieldsNote labels={missing} />
        <dl className="mb-0" data-testid="patient-details">
          {rows.map(([field, name, value]) => (
            <div key={field} className="d-sm-flex border-bottom py-1">
              <dt className="col-sm-5 fw-normal text-body-secondary">{name}</dt>
              <dd className="col-sm-7 mb-0">
                {value || <span className="text-body-secondary fst-italic">{t('page.notRecorded')}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </Card.Body>
      {/* A plain background: outline buttons on the tinted footer fall below 4.5:1 contrast. */}
      {actions && <Card.Footer className="d-flex flex-wrap gap-2 bg-body">{actions}</Card.Footer>}
    </Card>
  );
}
