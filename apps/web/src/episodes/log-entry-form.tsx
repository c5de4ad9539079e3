import { DRUGS, type EventLogKind, VITAL_SIGN_RANGES } from '@registry/domain';
import { useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useWriter } from '../app/use-writer';
import { ProblemsAlert } from '../forms/problems-alert';
import { useDraft } from '../forms/use-draft';
import { CodeChoice, DateInput, NumberInput, SelectInput, TextArea, TextInput } from './form-controls';
import { useChoices } from './list-labels';
import {
  emptyLogEntryValues,
  type LogEntryFormValues,
  type LogEntryOwner,
  VITAL_SIGNS,
} from './log-entry-values';
import { saveLogEntry } from './save-episode';
import { useFieldLabel } from './use-field-label';

/**
 * Adds one entry to an episode's log. After each entry the form starts afresh (remounted, so its
 * draft starts over too) with the same kind chosen and the time set to now.
 */
export function LogEntryForm({ owner }: { owner: LogEntryOwner }) {
  const [round, setRound] = useState(0);
  const [kind, setKind] = useState<EventLogKind>('note');
  const { t } = useTranslation('episodes');
  return (
    <>
      {round > 0 && (
        <Alert variant="success" data-testid="log-added">
          {t('log.added')}
        </Alert>
      )}
      <LogEntryFormBody
        key={round}
        owner={owner}
        kind={kind}
        onAdded={(added) => {
          setKind(added);
          setRound((r) => r + 1);
        }}
      />
    </>
  );
}

interface BodyProps {
  owner: LogEntryOwner;
  kind: EventLogKind;
  onAdded: (kind: EventLogKind) => void;
}

function LogEntryFormBody({ owner, kind, onAdded }: BodyProps) {
  const { t } = useTranslation('episodes');
  const label = useFieldLabel();
  const writer = useWriter();
  const form = useForm<LogEntryFormValues>({ defaultValues: emptyLogEntryValues(kind) });
  const draft = useDraft(`eventLog:new:${owner.episodeId}`, form);
  const [problems, setProblems] = useState<string[]>([]);
  const problemsRef = useRef<HTMLDivElement>(null);
  const chosen = useWatch({ control: form.control, name: 'kind' });

  const submit = form.handleSubmit(async (values) => {
    const outcome = await saveLogEntry(writer, values, owner);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    await draft.clear();
    onAdded(values.kind);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={t('log.add')} data-testid="log-entry-form">
        <div ref={problemsRef} tabIndex={-1}>
          {problems.length > 0 && <p className="visually-hidden">{t('log.unsaved')}</p>}
          <ProblemsAlert problems={problems} />
        </div>
        <CodeChoice name="kind" label={label('kind')} list="eventLogKind" />
        <DateInput name="at" label={label('at')} withTime />
        {chosen === 'note' && <TextArea name="text" label={label('text')} />}
        {chosen === 'vitals' && <VitalsFields />}
        {chosen === 'medication' && <MedicationFields />}
        {chosen === 'complication' && (
          <>
            <CodeChoice name="code" label={label('code')} list="complicationCode" />
            <TextArea name="text" label={t('form.complicationText')} />
          </>
        )}
        <Button type="submit" variant="primary" disabled={!chosen || form.formState.isSubmitting}>
          {t('log.submit')}
        </Button>
      </form>
    </FormProvider>
  );
}

function VitalsFields() {
  const label = useFieldLabel();
  return (
    <Row>
      {VITAL_SIGNS.map((sign) => (
        <Col key={sign} xs={6} md={4}>
          <NumberInput
            name={sign}
            label={`${label(sign)} (${VITAL_SIGN_RANGES[sign].unit})`}
            decimal={sign === 'temperature'}
          />
        </Col>
      ))}
    </Row>
  );
}

function MedicationFields() {
  const label = useFieldLabel();
  const drugs = useChoices('drug', DRUGS);
  const drug = useWatch<LogEntryFormValues, 'drug'>({ name: 'drug' });
  return (
    <>
      <Row>
        <Col md={6}>
          <SelectInput name="drug" label={label('drug')} options={drugs} />
        </Col>
        <Col md={6}>{drug === 'other' && <TextInput name="drugOther" label={label('drugOther')} />}</Col>
      </Row>
      <TextInput name="dose" label={label('dose')} maxLength={100} />
      <CodeChoice name="route" label={label('route')} list="medicationRoute" />
    </>
  );
}
