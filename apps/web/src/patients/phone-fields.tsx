import { MAX_PHONES } from '@registry/domain';
import { useId } from 'react';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PatientFormValues } from './patient-form-values';

const ROWS = Array.from({ length: MAX_PHONES }, (_, i) => i);

/** Up to two phones, each with whose or which it is ("mobile", "neighbour"): free text, as people write them. */
export function PhoneFields({ register }: { register: UseFormRegister<PatientFormValues> }) {
  const { t } = useTranslation('patients');
  const id = useId();
  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1">{t('form.phones', { max: MAX_PHONES })}</legend>
      {ROWS.map((i) => (
        <Row key={i} className="g-2 mb-2">
          <Col xs={12} sm={7}>
            <Form.Group controlId={`${id}-number-${i}`}>
              <Form.Label className="small mb-0">{t('patientFields:phoneNumber', { n: i + 1 })}</Form.Label>
              <Form.Control
                {...register(`phones.${i}.number`)}
                type="tel"
                inputMode="tel"
                autoComplete="off"
              />
            </Form.Group>
          </Col>
          <Col xs={12} sm={5}>
            <Form.Group controlId={`${id}-comment-${i}`}>
              <Form.Label className="small mb-0">{t('patientFields:phoneComment', { n: i + 1 })}</Form.Label>
              <Form.Control
                {...register(`phones.${i}.comment`)}
                autoComplete="off"
                placeholder={t('form.phoneCommentPlaceholder')}
              />
            </Form.Group>
          </Col>
        </Row>
      ))}
    </fieldset>
  );
}
