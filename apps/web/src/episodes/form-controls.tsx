import { type ReactNode, useId } from 'react';
import Form from 'react-bootstrap/Form';
import { type FieldPath, type FieldValues, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Choice, ChoiceButtons } from '../forms/choice-buttons';
import { type CodeOf, type ListName, useChoices } from './list-labels';

// Labelled inputs bound to the surrounding react-hook-form form (FormProvider), so that every
// field has a label tied to it and the same spacing on every form of this folder.

interface InputProps {
  name: string;
  label: string;
  hint?: string | undefined;
}

/** A label tied to its control, and a hint the control is described by (read out after the label). */
function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string | undefined;
  children: (describedBy: { 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{label}</Form.Label>
      {children(hint ? { 'aria-describedby': hintId } : {})}
      {hint && <Form.Text id={hintId}>{hint}</Form.Text>}
    </Form.Group>
  );
}

export function TextInput({ name, label, hint, maxLength = 200 }: InputProps & { maxLength?: number }) {
  const { register } = useFormContext();
  return (
    <Field label={label} hint={hint}>
      {(described) => <Form.Control type="text" maxLength={maxLength} {...described} {...register(name)} />}
    </Field>
  );
}

export function TextArea({ name, label, hint, maxLength = 4000 }: InputProps & { maxLength?: number }) {
  const { register } = useFormContext();
  return (
    <Field label={label} hint={hint}>
      {(described) => (
        <Form.Control as="textarea" rows={3} maxLength={maxLength} {...described} {...register(name)} />
      )}
    </Field>
  );
}

/**
 * A number typed as text (converted on save): a type="number" field would silently give '' for
 * "37,5" or "2a", hiding what was typed from the check that should name it.
 */
export function NumberInput({ name, label, hint, decimal }: InputProps & { decimal?: boolean }) {
  const { register } = useFormContext();
  return (
    <Field label={label} hint={hint}>
      {(described) => (
        <Form.Control
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          {...described}
          {...register(name)}
        />
      )}
    </Field>
  );
}

export function DateInput({ name, label, hint, withTime }: InputProps & { withTime?: boolean }) {
  const { register } = useFormContext();
  return (
    <Field label={label} hint={hint}>
      {(described) => (
        <Form.Control type={withTime ? 'datetime-local' : 'date'} {...described} {...register(name)} />
      )}
    </Field>
  );
}

/** A dropdown for a long list; the first entry ('' ) means "not recorded". */
export function SelectInput({
  name,
  label,
  hint,
  options,
  blank,
}: InputProps & { options: readonly Choice[]; blank?: string }) {
  const { register } = useFormContext();
  const { t } = useTranslation('episodes');
  return (
    <Field label={label} hint={hint}>
      {(described) => (
        <Form.Select {...described} {...register(name)}>
          <option value="">{blank ?? t('form.notRecorded')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Form.Select>
      )}
    </Field>
  );
}

/** A short list of the domain's codes as segmented buttons, labelled in the screen's language. */
export function CodeChoice<L extends ListName>({
  name,
  label,
  list,
  codes,
  multiple,
  hint,
}: InputProps & { list: L; codes?: readonly CodeOf<L>[]; multiple?: boolean }) {
  const { control } = useFormContext<FieldValues>();
  const choices = useChoices(list, codes);
  return (
    <ChoiceButtons
      control={control}
      name={name as FieldPath<FieldValues>}
      label={label}
      choices={choices}
      {...(multiple ? { multiple } : {})}
      {...(hint ? { hint } : {})}
    />
  );
}
