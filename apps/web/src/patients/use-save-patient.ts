import type { PatientData, Version, WriteContext } from '@registry/domain';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useWriter } from '../app/use-writer';
import type { Draft } from '../forms/use-draft';
import { type PatientFormValues, patientDataFromForm } from './patient-form-values';

/** Where the patient page learns that it was opened straight after a save (to say "Saved"). */
export interface SavedState {
  /** A sentence to show once on the page arrived at (e.g. after undoing a merge). */
  notice?: string;
  saved?: boolean;
}

export interface PatientSave {
  problems: string[];
  saving: boolean;
  submit(values: PatientFormValues): Promise<void>;
}

/**
 * Saving the patient form, for registering and editing alike: the domain checks the data (only
 * impossible values are refused, in its own sentences), `build` makes the version, and the device
 * keeps it. Then the draft is forgotten and the patient's page opens.
 */
export function useSavePatient(
  draft: Draft,
  build: (ctx: WriteContext, data: PatientData) => Version<PatientData>,
  base?: Readonly<Record<string, unknown>>,
): PatientSave {
  const { t } = useTranslation('patients');
  const writer = useWriter();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = useCallback(
    async (values: PatientFormValues) => {
      const { data, impossibleAge } = patientDataFromForm(values, new Date(), base);
      if (impossibleAge) {
        setProblems([t('form.impossibleAge')]);
        return;
      }
      const result = writer.check('patient', data);
      if (!result.ok) {
        setProblems(result.problems.map((p) => p.message));
        return;
      }
      setSaving(true);
      try {
        const version = build(writer.context(), result.data);
        await writer.save(version as Version);
        await draft.clear();
        setProblems([]);
        navigate(`/patients/${version.entityId}`, { state: { saved: true } satisfies SavedState });
      } catch (error) {
        // The form keeps everything typed, and the draft is still there.
        setProblems([
          t('form.saveFailed', { reason: error instanceof Error ? error.message : String(error) }),
        ]);
      } finally {
        setSaving(false);
      }
    },
    [base, build, draft, navigate, t, writer],
  );

  return { problems, saving, submit };
}
