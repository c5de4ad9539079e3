import { MAX_COMPLICATIONS } from '@registry/domain';
import { useId } from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type EpisodeFormValues, emptyComplicationRow } from './episode-form-values';
import { CodeChoice } from './form-controls';
import { useFieldLabel } from './use-field-label';

/**
 * The structured list of complications (code + what happened + date), one card per row, so that
 * they can be counted by kind. "Other" asks for the text, which the missing-fields note also names.
 */
export function ComplicationsEditor() {
  const { control, register } = useFormContext<EpisodeFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'complications' });
  const rows = useWatch<EpisodeFormValues, 'complications'>({ name: 'complications' }) ?? [];
  const { t } = useTranslation('episodes');
  const label = useFieldLabel();
  const baseId = useId();
  return (
    <fieldset className="mb-3" data-field="complications">
      {/* The section around the editor is titled already; the legend still names the group when read out. */}
      <legend className="visually-hidden">{label('complications')}</legend>
      {fields.length === 0 && <p className="form-text mt-0">{t('form.noComplications')}</p>}
      {fields.map((field, index) => {
        const id = `${baseId}-${index}`;
        const isOther = rows[index]?.code === 'other';
        return (
          <Card key={field.id} className="mb-2" data-testid={`complication-${index + 1}`}>
            <Card.Body className="pb-0">
              <div className="d-flex justify-content-between align-items-start">
                <Card.Title as="h3" className="h6">
                  {label(`complications.${index}`)}
                </Card.Title>
                <Button
                  variant="outline-danger"
                  size="sm"
                  onClick={() => remove(index)}
                  aria-label={t('form.removeComplication', { n: index + 1 })}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </div>
              <CodeChoice
                name={`complications.${index}.code`}
                label={t('form.complicationKind')}
                list="complicationCode"
              />
              <Row>
                <Col md={8}>
                  <Form.Group className="mb-3" controlId={`${id}-text`}>
                    <Form.Label>
                      {isOther ? t('form.complicationTextOther') : t('form.complicationText')}
                    </Form.Label>
                    <Form.Control type="text" maxLength={200} {...register(`complications.${index}.text`)} />
                  </Form.Group>
                </Col>
                <Col md={4}>
                  <Form.Group className="mb-3" controlId={`${id}-date`}>
                    <Form.Label>{t('form.complicationDate')}</Form.Label>
                    <Form.Control type="date" {...register(`complications.${index}.date`)} />
                  </Form.Group>
                </Col>
              </Row>
            </Card.Body>
          </Card>
        );
      })}
      {fields.length < MAX_COMPLICATIONS && (
        <Button variant="outline-primary" onClick={() => append(emptyComplicationRow())}>
          {t('form.addComplication')}
        </Button>
      )}
    </fieldset>
  );
}
