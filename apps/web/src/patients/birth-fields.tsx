import { useId } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { Controller, type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { today } from '../shell/format-time';
import { type BirthMode, birthYearOfAge, type PatientFormValues, parseAge } from './patient-form-values';

const MODES: readonly BirthMode[] = ['year', 'age'];

/**
 * Birth year or age, as the patient knows it, with a full birth date beside it when there is one.
 * An age shows the year it stands for, so the person can see what will be stored.
 */
export function BirthFields({ form }: { form: UseFormReturn<PatientFormValues> }) {
  const { t } = useTranslation('patients');
  const id = useId();
  const { control, register } = form;
  const [mode, age] = useWatch({ control, name: ['birthMode', 'age'] });
  const derived = mode === 'age' ? birthYearOfAge(age, new Date()) : undefined;
  const impossible = mode === 'age' && parseAge(age) !== undefined && derived === undefined;

  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1" id={`${id}-legend`}>
        {t('form.birth')}
      </legend>
      <Controller
        name="birthMode"
        control={control}
        render={({ field }) => (
          <div className="segmented mb-2" role="radiogroup" aria-labelledby={`${id}-legend`}>
            {MODES.map((m) => (
              <Button
                key={m}
                type="button"
                role="radio"
                aria-checked={(field.value ?? 'year') === m}
                variant={(field.value ?? 'year') === m ? 'primary' : 'outline-primary'}
                onClick={() => field.onChange(m)}
              >
                {t(`form.birthMode.${m}`)}
              </Button>
            ))}
          </div>
        )}
      />
      {mode === 'age' ? (
        <Form.Group controlId={`${id}-age`} className="mb-2">
          <Form.Label>{t('patientFields:age')}</Form.Label>
          <Form.Control
            {...register('age')}
            inputMode="decimal"
            autoComplete="off"
            aria-describedby={`${id}-age-year`}
            isInvalid={impossible}
          />
          <div id={`${id}-age-year`} aria-live="polite">
            {derived !== undefined && <Form.Text>{t('form.bornIn', { year: derived })}</Form.Text>}
            {impossible && <div className="invalid-feedback d-block">{t('form.impossibleAge')}</div>}
          </div>
        </Form.Group>
      ) : (
        <Form.Group controlId={`${id}-year`} className="mb-2">
          <Form.Label>{t('patientFields:birthYear')}</Form.Label>
          <Form.Control
            {...register('birthYear')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            placeholder={t('form.yearPlaceholder')}
          />
        </Form.Group>
      )}
      <Form.Group controlId={`${id}-date`}>
        <Form.Label>{t('form.birthDate')}</Form.Label>
        <Form.Control {...register('birthDate')} type="date" max={today()} min="1900-01-01" />
      </Form.Group>
    </fieldset>
  );
}
