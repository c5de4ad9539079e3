import Form from 'react-bootstrap/Form';
import { useChoices } from '../episodes/list-labels';
import type { PlaceList } from './place-code';

interface PlaceFieldProps {
  id: string;
  list: PlaceList;
  label: string;
  hint: string;
  value: string;
  onChange: (text: string) => void;
}

/**
 * A region or zone typed freely with the Tanzanian ones suggested (a datalist), in the screen's
 * language; placeCode turns a suggestion back into the code that is stored.
 */
export function PlaceField({ id, list, label, hint, value, onChange }: PlaceFieldProps) {
  const choices = useChoices(list);
  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{label}</Form.Label>
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
      <Form.Text>{hint}</Form.Text>
    </Form.Group>
  );
}
