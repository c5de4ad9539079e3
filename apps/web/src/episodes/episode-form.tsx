import type { EpisodeType } from '@registry/domain';
import { type ReactNode, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemsAlert } from '../forms/problems-alert';
import { useDraft } from '../forms/use-draft';
import type { AnyState } from '../local/patient-summary';
import { formatWhen } from '../shell/format-time';
import { operationsOf } from './chart-episodes';
import { ComplicationsEditor } from './complications-editor';
import { DischargeFields } from './discharge-fields';
import type { EpisodeFormValues } from './episode-form-values';
import { FollowUpFields } from './follow-up-fields';
import { DateInput, TextArea } from './form-controls';
import { FormSection } from './form-section';
import { OperationLink } from './operation-link';
import { AttendeesPicker, HospitalSelect } from './people-pickers';
import type { SaveOutcome } from './save-episode';
import { SurgeryFields } from './surgery-fields';
import { useEpisodeLookups } from './use-episode-lookups';
import { useFieldLabel } from './use-field-label';

export interface EpisodeFormProps {
  type: EpisodeType;
  /** The page's heading, naming the form for assistive technology. */
  title: string;
  patientId: string;
  draftKey: string;
  /** For an edit: the version the form edits, kept with the draft (see useDraftBase). */
  baseVersionId?: string;
  defaults: EpisodeFormValues;
  states: ReadonlyMap<string, AnyState>;
  /** Checks and saves; the form then forgets its draft and opens the saved episode. */
  onSave: (values: EpisodeFormValues) => Promise<SaveOutcome>;
  cancelTo: string;
}

/**
 * The form of any episode type. "Start again" remounts the body with a fresh form, so the draft
 * kept as one types starts over cleanly.
 */
export function EpisodeForm(props: EpisodeFormProps) {
  const [generation, setGeneration] = useState(0);
  return <EpisodeFormBody key={generation} {...props} onRestart={() => setGeneration((g) => g + 1)} />;
}

function EpisodeFormBody({
  type,
  title,
  patientId,
  draftKey,
  baseVersionId,
  defaults,
  states,
  onSave,
  cancelTo,
  onRestart,
}: EpisodeFormProps & { onRestart: () => void }) {
  const { t, i18n } = useTranslation('episodes');
  const label = useFieldLabel(type);
  const navigate = useNavigate();
  const form = useForm<EpisodeFormValues>({ defaultValues: defaults });
  const draft = useDraft(draftKey, form, baseVersionId);
  const [problems, setProblems] = useState<string[]>([]);
  const problemsRef = useRef<HTMLDivElement>(null);
  const lookups = useEpisodeLookups(states);

  const submit = form.handleSubmit(async (values) => {
    const outcome = await onSave(values);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      // Brought into view and focused, so the refusal is seen and read out; the form keeps everything.
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    await draft.clear();
    navigate(`/patients/${patientId}/episodes/${outcome.entityId}`, { state: { saved: true } });
  });

  const restart = async () => {
    await draft.clear();
    onRestart();
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={title}>
        {draft.restoredAt && (
          <Alert variant="info" className="d-flex flex-wrap align-items-center gap-2">
            <span className="me-auto">
              {t('forms:draftRestored', { when: formatWhen(draft.restoredAt, i18n.language) })}
            </span>
            <Button variant="outline-secondary" size="sm" onClick={() => void restart()}>
              {t('forms:discardDraft')}
            </Button>
          </Alert>
        )}
        <div ref={problemsRef} tabIndex={-1}>
          <ProblemsAlert problems={problems} />
        </div>
        <FormSection title={t('section.when')}>
          <Row>
            <Col md={6}>
              <DateInput name="date" label={label('date')} />
            </Col>
            <Col md={6}>
              <HospitalSelect />
            </Col>
          </Row>
          {type !== 'surgery' && (
            <OperationLink
              patientId={patientId}
              type={type}
              operations={operationsOf(states)}
              states={states}
              lookups={lookups}
            />
          )}
        </FormSection>
        {type === 'surgery' && <SurgeryFields />}
        {type === 'discharge' && <DischargeFields />}
        {type === 'followUp' && <FollowUpFields />}
        {type === 'surgery' ? (
          <FormSection title={t('section.complications')}>
            <ComplicationsEditor />
          </FormSection>
        ) : null}
        <FormSection title={type === 'surgery' ? t('section.other') : t('section.team')}>
          {type !== 'surgery' && <AttendeesPicker />}
          <TextArea name="comments" label={label('comments')} />
        </FormSection>
        <SaveBar saving={form.formState.isSubmitting} cancelTo={cancelTo} />
      </form>
    </FormProvider>
  );
}

function SaveBar({ saving, cancelTo }: { saving: boolean; cancelTo: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="d-flex flex-wrap gap-2 mb-5">
      <Button
        type="submit"
        variant="primary"
        size="lg"
        disabled={saving}
        className="flex-grow-1 flex-md-grow-0"
      >
        {saving ? t('forms:saving') : t('save')}
      </Button>
      <Link to={cancelTo} className="btn d-inline-flex align-items-center btn-outline-secondary btn-lg">
        {t('cancel')}
      </Link>
    </div>
  );
}
