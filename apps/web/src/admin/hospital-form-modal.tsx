import { type Hospital, SUGGESTED_ZONE_OF_REGION, type TanzaniaRegion } from '@registry/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../episodes/list-labels';
import { ConfirmModal } from '../forms/confirm-modal';
import type { AdminApi, HospitalFields } from './admin-api';
import { adminOutcome } from './admin-error';
import { placeCode } from './place-code';
import { PlaceField } from './place-field';
import { TextField } from './text-field';

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

  // A known region suggests its zone, unless one was given already.
  const changeRegion = (text: string) => {
    setRegion(text);
    const code = placeCode('tanzaniaRegion', text);
    if (zone.trim() === '' && isRegion(code))
      setZone(codeLabel(t, 'tanzaniaZone', SUGGESTED_ZONE_OF_REGION[code]));
  };

  const save = () => {
    const fields: HospitalFields = {
      name: name.trim(),
      address: address.trim() || null,
      region: placeCode('tanzaniaRegion', region),
      zone: placeCode('tanzaniaZone', zone),
    };
    return adminOutcome(t, async () =>
      onSaved(hospital ? await api.updateHospital(hospital.id, fields) : await api.addHospital(fields)),
    );
  };

  return (
    <ConfirmModal
      title={hospital ? t('hospitals.editTitle', { name: hospital.name }) : t('hospitals.add')}
      confirmLabel={hospital ? t('common:save') : t('hospitals.addSubmit')}
      variant="primary"
      canConfirm={name.trim() !== ''}
      onConfirm={save}
      onClose={onClose}
    >
      <TextField id="hospital-name" label={t('hospitals.name')} value={name} onChange={setName} required />
      <TextField
        id="hospital-address"
        label={t('hospitals.address')}
        value={address}
        onChange={setAddress}
        rows={2}
      />
      <PlaceField list="tanzaniaRegion" value={region} onChange={changeRegion} />
      <PlaceField list="tanzaniaZone" value={zone} onChange={setZone} />
    </ConfirmModal>
  );
}
