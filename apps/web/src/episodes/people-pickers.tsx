import { useCallback, useMemo } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useReference } from '../app/use-reference';
import { useUser } from '../app/use-session';
import type { Choice } from '../forms/choice-buttons';
import type { EpisodeFormValues } from './episode-form-values';
import { SelectInput } from './form-controls';
import { hospitalChoices, type PickOption, staffChoices } from './reference-choices';
import { useFieldLabel } from './use-field-label';

/** Options of a select in words: an inactive person or hospital says so, an unknown one shows its id. */
function useOptionLabels(unknownKey: 'unknownPerson' | 'unknownHospital') {
  const { t } = useTranslation('episodes');
  const user = useUser();
  return useCallback(
    (options: readonly PickOption[]): Choice[] =>
      options.map(({ id, name, active }) => {
        const known = name ?? (id === user.id ? user.fullName : undefined);
        const label = known ?? t(`form.${unknownKey}`, { id: id.slice(0, 8) });
        return { value: id, label: active || !known ? label : t('form.inactive', { name: label }) };
      }),
    [t, user, unknownKey],
  );
}

/** Staff for the chosen hospital, with the ids already recorded on this form kept. */
function useStaffOptions(keep: readonly string[]): Choice[] {
  const { staff } = useReference();
  const hospitalId = useWatch<EpisodeFormValues, 'hospitalId'>({ name: 'hospitalId' });
  const labels = useOptionLabels('unknownPerson');
  const key = keep.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the contents of `keep`
  return useMemo(
    () => labels(staffChoices(staff, hospitalId || undefined, keep)),
    [labels, staff, hospitalId, key],
  );
}

export function HospitalSelect() {
  const { hospitals } = useReference();
  const user = useUser();
  const label = useFieldLabel();
  const current = useWatch<EpisodeFormValues, 'hospitalId'>({ name: 'hospitalId' });
  const labels = useOptionLabels('unknownHospital');
  const { t } = useTranslation('episodes');
  const options = labels(hospitalChoices(hospitals, user, current ? [current] : []));
  return (
    <SelectInput name="hospitalId" label={label('hospitalId')} options={options} blank={t('form.choose')} />
  );
}

type SurgeonField = 'primarySurgeonId' | 'secondarySurgeonId' | 'tertiarySurgeonId';

export function SurgeonSelect({ name }: { name: SurgeonField }) {
  const label = useFieldLabel();
  const current = useWatch<EpisodeFormValues, SurgeonField>({ name });
  const options = useStaffOptions(current ? [current] : []);
  return <SelectInput name={name} label={label(name)} options={options} />;
}

/**
 * Staff present, as removable chips and a dropdown to add one more: a native multiple select is
 * unusable on a phone and too easy to clear by mistake on a desktop.
 */
export function AttendeesPicker() {
  const { control } = useFormContext<EpisodeFormValues>();
  const label = useFieldLabel();
  const { t } = useTranslation('episodes');
  const chosen = useWatch<EpisodeFormValues, 'attendeeIds'>({ name: 'attendeeIds' }) ?? [];
  const options = useStaffOptions(chosen);
  const nameOf = (id: string) => options.find((o) => o.value === id)?.label ?? id;
  return (
    <Controller
      control={control}
      name="attendeeIds"
      render={({ field }) => {
        const ids = Array.isArray(field.value) ? field.value : [];
        return (
          <fieldset className="mb-3" data-field="attendeeIds">
            <legend className="form-label fs-6 mb-1">{label('attendeeIds')}</legend>
            {ids.length === 0 ? (
              <p className="form-text mt-0">{t('form.noAttendees')}</p>
            ) : (
              <ul className="list-unstyled d-flex flex-wrap gap-2 mb-2">
                {ids.map((id) => (
                  <li key={id}>
                    <Button
                      variant="outline-secondary"
                      size="sm"
                      aria-label={t('form.removeAttendee', { name: nameOf(id) })}
                      onClick={() => field.onChange(ids.filter((other) => other !== id))}
                    >
                      {nameOf(id)} <span aria-hidden="true">×</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <Form.Select
              aria-label={t('form.addAttendee')}
              value=""
              onBlur={field.onBlur}
              onChange={(event) => {
                const id = event.target.value;
                if (id && !ids.includes(id)) field.onChange([...ids, id]);
              }}
            >
              <option value="">{t('form.addAttendee')}</option>
              {options
                .filter((o) => !ids.includes(o.value))
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </Form.Select>
          </fieldset>
        );
      }}
    />
  );
}
