import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ComplicationsEditor } from './complications-editor';
import type { EpisodeFormValues } from './episode-form-values';
import { dischargeShows } from './episode-visibility';
import { CodeChoice, NumberInput } from './form-controls';
import { FormSection } from './form-section';
import { useFieldLabel } from './use-field-label';

/** Complications since the operation and antibiotics given to take home. */
export function DischargeFields() {
  const { t } = useTranslation('episodes');
  const label = useFieldLabel('discharge');
  const values = useWatch<EpisodeFormValues>() as Partial<EpisodeFormValues>;
  const shows = dischargeShows(values);
  return (
    <>
      <FormSection title={t('section.complications')}>
        <CodeChoice name="anyComplications" label={label('anyComplications')} list="triState" />
        {shows.complications && <ComplicationsEditor />}
      </FormSection>
      <FormSection title={t('section.discharge')}>
        <CodeChoice name="antibioticsOnDischarge" label={label('antibioticsOnDischarge')} list="yesNo" />
        {shows.antibioticDays && (
          <Row>
            <Col xs={6}>
              <NumberInput name="antibioticsIvDays" label={label('antibioticsIvDays')} />
            </Col>
            <Col xs={6}>
              <NumberInput name="antibioticsOralDays" label={label('antibioticsOralDays')} />
            </Col>
          </Row>
        )}
      </FormSection>
    </>
  );
}
