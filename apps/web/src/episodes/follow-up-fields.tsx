import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { ComplicationsEditor } from './complications-editor';
import { FOLLOW_UP_QUESTIONS } from './episode-form-values';
import { CodeChoice, TextInput } from './form-controls';
import { FormSection } from './form-section';
import { useFieldLabel } from './use-field-label';

/** Each finding with its comment beside it (below it on a phone). */
function Finding({ name, list }: { name: string; list: 'painLevel' | 'triState' }) {
  const label = useFieldLabel('followUp');
  return (
    <Row className="align-items-end">
      <Col md={6}>
        <CodeChoice name={name} label={label(name)} list={list} />
      </Col>
      <Col md={6}>
        <TextInput name={`${name}Comment`} label={label(`${name}Comment`)} />
      </Col>
    </Row>
  );
}

export function FollowUpFields() {
  const { t } = useTranslation('episodes');
  return (
    <>
      <FormSection title={t('section.findings')}>
        <Finding name="pain" list="painLevel" />
        {FOLLOW_UP_QUESTIONS.map((question) => (
          <Finding key={question} name={question} list="triState" />
        ))}
      </FormSection>
      <FormSection title={t('section.complications')}>
        <ComplicationsEditor />
      </FormSection>
    </>
  );
}
