import { editVersion, type PatientData, type Version, type WriteContext } from '@registry/domain';
import { useCallback, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useChart } from '../app/use-chart';
import { useReference } from '../app/use-reference';
import { useUser } from '../app/use-session';
import { useDraft, useDraftBase } from '../forms/use-draft';
import { DraftNote } from './draft-note';
import { hospitalChoices } from './hospital-choices';
import { PatientForm } from './patient-form';
import { type PatientFormValues, patientFormValues } from './patient-form-values';
import { PatientMissing } from './patient-missing';
import { useSavePatient } from './use-save-patient';

/** Editing a patient: the same form, filled from the version the page shows (the preferred head). */
export function EditPatientPage() {
  const { t } = useTranslation('patients');
  const { patientId = '' } = useParams();
  const chart = useChart(patientId);
  const state = chart.states.get(patientId);
  // The version the form was opened on, kept while the form is open: if another device's edit arrives
  // meanwhile, saving makes a conflict that shows both, instead of silently writing over theirs.
  const [base, setBase] = useState<Version<PatientData>>();
  // "Start again" mounts a fresh form, so the restored draft's note and values go with the old one.
  const [attempt, setAttempt] = useState(0);
  const draftBase = useDraftBase(`patient:edit:${patientId}`);
  if (!base && !draftBase.loading && state?.entity === 'patient' && !state.deleted) {
    // A draft made on an older version continues from it (see useDraftBase).
    const drafted = chart.versions.find((v) => v.versionId === draftBase.baseVersionId && !v.deleted);
    setBase((drafted ?? state.preferred) as Version<PatientData>);
  }

  if (chart.loading || draftBase.loading) return <p>{t('common:loading')}</p>;
  if (state?.entity !== 'patient')
    return chart.versions.length > 0 ? (
      <>
        <h1 className="h3">{t('edit.titlePlain')}</h1>
        <PatientMissing patientId={patientId} hasChart />
      </>
    ) : (
      <PatientMissing patientId={patientId} hasChart={false} />
    );
  const title = (
    <h1 className="h3">
      {t('edit.title', { name: (state.preferred.data as Partial<PatientData>).fullName ?? '' })}
    </h1>
  );
  if (state.deleted || !base)
    return (
      <>
        {title}
        <Alert variant="secondary">{t('page.deletedNotice')}</Alert>
        <Link to={`/patients/${patientId}`}>{t('edit.backToPatient')}</Link>
      </>
    );
  return (
    <>
      {title}
      {state.inConflict && (
        <Alert variant="warning" data-testid="edit-conflict">
          {t('edit.conflict', { count: state.heads.length })}{' '}
          <Link to={`/patients/${patientId}/history/${patientId}`}>{t('page.seeVersions')}</Link>
        </Alert>
      )}
      {state.preferred.versionId !== base.versionId && (
        <Alert variant="warning" data-testid="edit-changed-meanwhile">
          {t('edit.changedMeanwhile')}
        </Alert>
      )}
      <EditForm
        key={attempt}
        patientId={patientId}
        base={base}
        onStartAgain={() => setAttempt((n) => n + 1)}
      />
    </>
  );
}

function EditForm({
  patientId,
  base,
  onStartAgain,
}: {
  patientId: string;
  base: Version<PatientData>;
  onStartAgain: () => void;
}) {
  const { t } = useTranslation('patients');
  const user = useUser();
  const { hospitals } = useReference();
  const form = useForm<PatientFormValues>({ defaultValues: patientFormValues(base.data) });
  const draft = useDraft(`patient:edit:${patientId}`, form, base.versionId);
  const build = useCallback((ctx: WriteContext, data: PatientData) => editVersion(ctx, base, data), [base]);
  const save = useSavePatient(draft, build, base.data);
  const choices = useMemo(
    () => hospitalChoices(user, hospitals, base.data.registeredHospitalId),
    [user, hospitals, base],
  );
  return (
    <>
      <DraftNote
        restoredAt={draft.restoredAt}
        onDiscard={async () => {
          await draft.clear();
          onStartAgain();
        }}
      />
      <PatientForm
        form={form}
        onSubmit={save.submit}
        problems={save.problems}
        saving={save.saving}
        hospitals={choices}
        submitLabel={t('edit.submit')}
        cancelTo={`/patients/${patientId}`}
      />
    </>
  );
}
