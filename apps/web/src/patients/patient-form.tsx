import { GENDERS } from '@registry/domain';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChoices } from '../episodes/list-labels';
import { type Choice, ChoiceButtons } from '../forms/choice-buttons';
import { ProblemsAlert } from '../forms/problems-alert';
import { BirthFields } from './birth-fields';
import type { PatientFormValues } from './patient-form-values';
import { PhoneFields } from './phone-fields';

export interface PatientFormProps {
  form: UseFormReturn<PatientFormValues>;
  onSubmit: (values: PatientFormValues) => void | Promise<void>;
  /** The domain's refusals of the last save, each a sentence; everything typed stays. */
  problems: readonly string[];
  saving: boolean;
  /** Hospitals the patient may be registered at (hospitalChoices). */
  hospitals: readonly Choice[];
  submitLabel: string;
  /** Where "Cancel" goes. */
  cancelTo: string;
  /** Shown under the name (typed first, and where the eyes are): the possible matches while registering. */
  matches?: ReactNode;
}

/**
 * The patient form, for registering and editing alike. Only the name and the hospital are needed;
 * everything else may stay blank (DOMAIN.md, "Never refuse to record a patient").
 */
export function PatientForm({
  form,
  onSubmit,
  problems,
  saving,
  hospitals,
  submitLabel,
  cancelTo,
  matches,
}: PatientFormProps) {
  const { t } = useTranslation('patients');
  const id = useId();
  const genders = useChoices('gender', GENDERS);
  const { register, control } = form;
  const problemsRef = useRef<HTMLDivElement>(null);

  // A refusal is read out and brought into view, since the save button may be far below it.
  useEffect(() => {
    if (problems.length > 0) problemsRef.current?.focus();
  }, [problems]);

  const required = <span className="text-body-secondary small"> ({t('form.required')})</span>;

  return (
    <Form
      noValidate
      onSubmit={form.handleSubmit(onSubmit)}
      aria-busy={saving}
      data-testid="patient-form"
      // One readable column on a wide screen too; a phone uses the whole width anyway.
      style={{ maxWidth: '48rem' }}
    >
      <div ref={problemsRef} tabIndex={-1}>
        <ProblemsAlert problems={problems} />
      </div>

      <Form.Group className="mb-3" controlId={`${id}-name`}>
        <Form.Label>
          {t('patientFields:fullName')}
          {required}
        </Form.Label>
        <Form.Control {...register('fullName')} autoComplete="off" aria-required="true" size="lg" />
      </Form.Group>
      {matches}

      <ChoiceButtons name="gender" control={control} label={t('patientFields:gender')} choices={genders} />
      <BirthFields form={form} />

      <Form.Group className="mb-3" controlId={`${id}-national`}>
        <Form.Label>{t('patientFields:nationalId')}</Form.Label>
        <Form.Control {...register('nationalId')} autoComplete="off" />
      </Form.Group>
      <Form.Group className="mb-3" controlId={`${id}-number`}>
        <Form.Label>{t('patientFields:hospitalNumber')}</Form.Label>
        <Form.Control {...register('hospitalNumber')} autoComplete="off" />
      </Form.Group>
      <PhoneFields register={register} />

      <Form.Group className="mb-3" controlId={`${id}-address`}>
        <Form.Label>{t('patientFields:address')}</Form.Label>
        <Form.Control {...register('address')} as="textarea" rows={2} autoComplete="off" />
      </Form.Group>

      <Form.Group className="mb-3" controlId={`${id}-hospital`}>
        <Form.Label>
          {t('patientFields:registeredHospitalId')}
          {required}
        </Form.Label>
        <Form.Select {...register('registeredHospitalId')} aria-required="true">
          <option value="">{t('form.chooseHospital')}</option>
          {hospitals.map((h) => (
            <option key={h.value} value={h.value}>
              {h.label}
            </option>
          ))}
        </Form.Select>
        {hospitals.length === 0 && <Form.Text>{t('form.noHospitals')}</Form.Text>}
      </Form.Group>

      <Form.Group className="mb-3" controlId={`${id}-notes`}>
        <Form.Label>{t('patientFields:notes')}</Form.Label>
        <Form.Control {...register('notes')} as="textarea" rows={3} />
      </Form.Group>

      <div className="d-flex flex-wrap gap-2 mb-4">
        <Button type="submit" size="lg" disabled={saving} className="flex-grow-1 flex-sm-grow-0">
          {saving ? t('forms:saving') : submitLabel}
        </Button>
        <Link to={cancelTo} className="btn btn-outline-secondary btn-lg d-inline-flex align-items-center">
          {t('common:cancel')}
        </Link>
      </div>
    </Form>
  );
}
