import { useId } from 'react';
import Button from 'react-bootstrap/Button';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceButtonsProps<T extends FieldValues> {
  name: FieldPath<T>;
  control: Control<T>;
  label: string;
  choices: readonly Choice[];
  /** Several answers may be chosen (the value is a list). */
  multiple?: boolean;
  /** Shown under the label, e.g. why the question matters or what is missing. */
  hint?: string;
}

/**
 * A short list as segmented buttons rather than a dropdown (UX.md): one tap, large targets, nothing
 * pre-selected. Tapping the chosen answer again clears it, so a wrong tap can be undone.
 */
export function ChoiceButtons<T extends FieldValues>({
  name,
  control,
  label,
  choices,
  multiple,
  hint,
}: ChoiceButtonsProps<T>) {
  const labelId = useId();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => {
        const chosen: string[] = multiple
          ? ((field.value as string[] | undefined) ?? [])
          : field.value
            ? [field.value as string]
            : [];
        const toggle = (value: string) => {
          if (multiple)
            field.onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
          else field.onChange(chosen.includes(value) ? undefined : value);
        };
        return (
          <fieldset className="mb-3" data-field={name}>
            <legend id={labelId} className="form-label fs-6 mb-1">
              {label}
            </legend>
            {hint && <div className="form-text mt-0 mb-1">{hint}</div>}
            {/* The fieldset and its legend name the group for assistive technology. */}
            <div className="segmented">
              {choices.map((choice) => {
                const on = chosen.includes(choice.value);
                return (
                  <Button
                    key={choice.value}
                    type="button"
                    variant={on ? 'primary' : 'outline-primary'}
                    role={multiple ? 'checkbox' : 'radio'}
                    aria-checked={on}
                    onClick={() => toggle(choice.value)}
                    onBlur={field.onBlur}
                  >
                    {choice.label}
                  </Button>
                );
              })}
            </div>
          </fieldset>
        );
      }}
    />
  );
}
