import { type Hospital, SUGGESTED_ZONE_OF_REGION, type TanzaniaRegion } from '@registry/domain';
import { type FormEvent, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../episodes/list-labels';
import type { AdminApi, HospitalFields } from './admin-api';
import { ErrorAlert } from './error-alert';
import { placeCode } from './place-code';
import { PlaceField } from './place-field';
import { useSubmit } from './use-submit';

interface HospitalFormModalProps {
  api: AdminApi;
  /** The hospital to change; none to add one. */
  hospital?: Hospital | undefined;
  onSaved: (hospital: Hospital) => void;
  onClose: () => void;
}

const isRegion = (code: string | null): code is TanzaniaRegion =>
  code !== null && Object.hasOwn(SUGGESTED_ZONE_OF_REGION, code);

/** A hospital's name and place; the server checks them (a name already used, lengths) and says why. */
export function HospitalFormModal({ api, hospital, onSaved, onClose }: HospitalFormModalProps) {
  const { t } = useTranslation(['admin', 'common']);
  const [name, setName] = useState(hospital?.name ?? '');
  const [address, setAddress] = useState(hospital?.address ?? '');
  const [region, setRegion] = useState(codeLabel(t, 'tanzaniaRegion', hospital?.region));
  const [zone, setZone] = useState(codeLabel(t, 'tanzaniaZone', hospital?.zone));
  const submit = useSubmit();

  // A known region suggests its zone, unless one was given already.
  const changeRegion = (text: string) => {
    setRegion(text);
    const code = placeCode('tanzaniaRegion', text);
    if (zone.trim() === '' && isRegion(code))
      setZone(codeLabel(t, 'tanzaniaZone', SUGGESTED_ZONE_OF_REGION[code]));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const fields: HospitalFields = {
      name: name.trim(),
      address: address.trim() || null,
      region: placeCode('tanzaniaRegion', region),
      zone: placeCode('tanzaniaZone', zone),
    };
    let saved: Hospital | undefined;
    const ok = await submit.run(async () => {
      saved = hospital ? await api.updateHospital(hospital.id, fields) : await api.addHospital(fields);
    });
    if (ok && saved) onSaved(saved);
  };

  return (
    <Modal show onHide={onClose} centered aria-labelledby="hospital-form-title">
      <Form onSubmit={save} noValidate>
        <Modal.Header closeButton closeLabel={t('common:close')}>
          <Modal.Title id="hospital-form-title" as="h2" className="h5">
            {hospital ? t('hospitals.editTitle', { name: hospital.name }) : t('hospitals.add')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Form.Group className="mb-3" controlId="hospital-name">
            <Form.Label>{t('hospitals.name')}</Form.Label>
            <Form.Control
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="off"
              aria-required="true"
            />
          </Form.Group>
          <Form.Group className="mb-3" controlId="hospital-address">
            <Form.Label>{t('hospitals.address')}</Form.Label>
            <Form.Control
              as="textarea"
              rows={2}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
          </Form.Group>
          <PlaceField
            id="hospital-region"
            list="tanzaniaRegion"
            label={t('hospitals.region')}
            hint={t('hospitals.placeHint')}
            value={region}
            onChange={changeRegion}
          />
          <PlaceField
            id="hospital-zone"
            list="tanzaniaZone"
            label={t('hospitals.zone')}
            hint={t('hospitals.placeHint')}
            value={zone}
            onChange={setZone}
          />
          <ErrorAlert error={submit.error} />
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" disabled={name.trim() === '' || submit.working}>
            {hospital ? t('common:save') : t('hospitals.addSubmit')}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
