import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';
import { useChoices } from '../episodes/list-labels';
import type { PlaceList } from './place-code';

/** Each place of a hospital: its field's id and its label's key in 'admin'. */
const FIELDS: Record<PlaceList, { id: string; label: string }> = {
  tanzaniaRegion: { id: 'hospital-region', label: 'hospitals.region' },
  tanzaniaZone: { id: 'hospital-zone', label: 'hospitals.zone' },
};

interface PlaceFieldProps {
  list: PlaceList;
  value: string;
  onChange: (text: string) => void;
}

/**
 * A hospital's region or zone typed freely with the Tanzanian ones suggested (a datalist), in the
 * screen's language; placeCode turns a suggestion back into the code that is stored.
 */
export function PlaceField({ list, value, onChange }: PlaceFieldProps) {
  const { t } = useTranslation('admin');
  const choices = useChoices(list);
  const { id, label } = FIELDS[list];
  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{t(label)}</Form.Label>
      <Form.Control
        list={`${id}-suggestions`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
      />
      <datalist id={`${id}-suggestions`}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.label} />
        ))}
      </datalist>
      <Form.Text>{t('hospitals.placeHint')}</Form.Text>
    </Form.Group>
  );
}
