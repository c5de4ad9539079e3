import { createVersion, type PatientData, type WriteContext } from '@registry/domain';
import { useCallback, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useReference } from '../app/use-reference';
import { useUser } from '../app/use-session';
import { useDraft } from '../forms/use-draft';
import { DraftNote } from './draft-note';
import { hospitalChoices } from './hospital-choices';
import { PatientForm } from './patient-form';
import { emptyPatientForm, type PatientFormValues, prefillFromSearch } from './patient-form-values';
import { PatientMatches } from './patient-matches';
import { PatientSearchStep } from './patient-search-step';
import { useSavePatient } from './use-save-patient';
import { useTypedMatches } from './use-typed-matches';

const DRAFT_KEY = 'patient:new';

const build = (ctx: WriteContext, data: PatientData) => createVersion(ctx, 'patient', data);

/**
 * Registering a patient (DOMAIN.md, "Duplicates"): a search of the device first, then the form,
 * prefilled with what was typed, still showing likely matches as it is filled; saving is never blocked.
 */
export function RegisterPatientPage() {
  const { t } = useTranslation('patients');
  // "Start again" mounts a fresh form, so the restored draft's note and values go with the old one.
  const [attempt, setAttempt] = useState(0);
  return (
    <>
      <h1 className="h3">{t('register.title')}</h1>
      <RegisterFlow key={attempt} onStartAgain={() => setAttempt((n) => n + 1)} />
    </>
  );
}

function RegisterFlow({ onStartAgain }: { onStartAgain: () => void }) {
  const { t } = useTranslation('patients');
  const user = useUser();
  const { hospitals } = useReference();
  // The search text lives in the address (?name=, as the home screen's search passes it on), so
  // going back from a match that was opened finds the same list again.
  const [params, setParams] = useSearchParams();
  const query = params.get('name') ?? '';
  const setQuery = useCallback(
    (text: string) => setParams(text ? { name: text } : {}, { replace: true }),
    [setParams],
  );

  const defaults = useMemo(() => emptyPatientForm(user.hospitalIds[0] ?? ''), [user.hospitalIds]);
  const form = useForm<PatientFormValues>({ defaultValues: defaults });
  const draft = useDraft(DRAFT_KEY, form);
  const [formOpen, setFormOpen] = useState(false);
  const showForm = formOpen || draft.restoredAt !== undefined;

  const save = useSavePatient(draft, build);
  const matches = useTypedMatches(form.control);
  // The chosen hospital stays offered even when a restored draft names one outside the usual list.
  const chosenHospital = useWatch({ control: form.control, name: 'registeredHospitalId' });
  const choices = useMemo(
    () => hospitalChoices(user, hospitals, chosenHospital),
    [user, hospitals, chosenHospital],
  );

  if (!showForm) {
    return (
      <PatientSearchStep
        query={query}
        onQuery={setQuery}
        onRegisterNew={() => {
          form.reset({ ...defaults, ...prefillFromSearch(query) });
          setFormOpen(true);
        }}
      />
    );
  }
  return (
    <>
      <DraftNote
        restoredAt={draft.restoredAt}
        onDiscard={async () => {
          await draft.clear();
          onStartAgain();
        }}
      />
      <h2 className="h5">{t('register.formTitle')}</h2>
      <PatientForm
        form={form}
        onSubmit={save.submit}
        problems={save.problems}
        saving={save.saving}
        hospitals={choices}
        submitLabel={t('register.submit')}
        cancelTo="/"
        matches={
          matches.length > 0 && (
            <section className="mb-3 p-2 border border-warning rounded" data-testid="possible-duplicates">
              <p className="fw-semibold mb-1" role="status">
                {t('register.possibleSame', { count: matches.length })}
              </p>
              <p className="small mb-2">{t('register.possibleSameHint')}</p>
              <PatientMatches matches={matches} />
            </section>
          )
        }
      />
    </>
  );
}
