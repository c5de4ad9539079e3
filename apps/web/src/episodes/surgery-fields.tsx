import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EpisodeFormValues } from './episode-form-values';
import { surgeryShows } from './episode-visibility';
import { CodeChoice, NumberInput, TextInput } from './form-controls';
import { FormSection } from './form-section';
import { AttendeesPicker, SurgeonSelect } from './people-pickers';
import { useFieldLabel } from './use-field-label';

/** The fields only an operation has; follow-on questions appear under the answer that asks them. */
export function SurgeryFields() {
  const { t } = useTranslation('episodes');
  const label = useFieldLabel('surgery');
  const values = useWatch<EpisodeFormValues>() as Partial<EpisodeFormValues>;
  const shows = surgeryShows(values);
  return (
    <>
      <FormSection title={t('section.hernia')}>
        <CodeChoice name="herniaSite" label={label('herniaSite')} list="herniaSite" />
        {shows.herniaSiteOther && <TextInput name="herniaSiteOther" label={label('herniaSiteOther')} />}
        <CodeChoice name="cepod" label={label('cepod')} list="cepod" />
        <CodeChoice name="side" label={label('side')} list="side" />
        <CodeChoice name="occurrence" label={label('occurrence')} list="occurrence" />
        {shows.previousRepair && (
          <Row>
            <Col md={6}>
              <CodeChoice name="previousRepair" label={label('previousRepair')} list="previousRepair" />
            </Col>
            <Col md={6}>
              <NumberInput
                name="previousRepairCount"
                label={label('previousRepairCount')}
                hint={t('form.numberHint')}
              />
            </Col>
          </Row>
        )}
        <CodeChoice name="herniaType" label={label('herniaType')} list="herniaType" />
        <CodeChoice name="size" label={label('size')} list="herniaSize" />
        <CodeChoice name="complexity" label={label('complexity')} list="complexity" />
      </FormSection>
      <FormSection title={t('section.repair')}>
        <CodeChoice name="meshType" label={label('meshType')} list="meshType" />
        {shows.meshBrand && <TextInput name="meshBrand" label={label('meshBrand')} />}
        <CodeChoice name="anaesthetic" label={label('anaesthetic')} list="anaesthetic" />
        {shows.anaestheticOther && <TextInput name="anaestheticOther" label={label('anaestheticOther')} />}
        <CodeChoice name="diathermyUsed" label={label('diathermyUsed')} list="triState" />
        <CodeChoice name="prophylacticAntibiotics" label={label('prophylacticAntibiotics')} list="triState" />
        {shows.antibioticTimings && (
          <CodeChoice
            name="antibioticTimings"
            label={label('antibioticTimings')}
            list="antibioticTiming"
            multiple
            hint={t('form.timingsHint')}
          />
        )}
        <CodeChoice
          name="additionalProcedure"
          label={label('additionalProcedure')}
          list="additionalProcedure"
        />
        {shows.additionalProcedureOther && (
          <TextInput name="additionalProcedureOther" label={label('additionalProcedureOther')} />
        )}
      </FormSection>
      <FormSection title={t('section.team')}>
        <SurgeonSelect name="primarySurgeonId" />
        <Row>
          <Col md={6}>
            <SurgeonSelect name="secondarySurgeonId" />
          </Col>
          <Col md={6}>
            <SurgeonSelect name="tertiarySurgeonId" />
          </Col>
        </Row>
        <AttendeesPicker />
      </FormSection>
    </>
  );
}
