import { AUDIT_OUTCOMES, type AuditOutcome } from '@registry/domain';
import { type FormEvent, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, NO_AUDIT_FILTERS } from './admin-api';

interface AuditFiltersFormProps {
  /** The filters applied now; the form starts from them. */
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

/** Who, what, how it ended and when: applied together with one button, cleared with another. */
export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <Form onSubmit={apply} noValidate aria-labelledby="audit-filters-title" className="mb-3">
      <h2 id="audit-filters-title" className="h5">
        {t('audit.filters')}
      </h2>
      <Row className="g-3">
        <Form.Group as={Col} sm={6} lg={4} controlId="audit-actor">
          <Form.Label>{t('audit.actor')}</Form.Label>
          <Form.Control
            value={draft.actor}
            onChange={set('actor')}
            autoCapitalize="none"
            spellCheck={false}
          />
          <Form.Text>{t('audit.actorHint')}</Form.Text>
        </Form.Group>
        <Form.Group as={Col} sm={6} lg={4} controlId="audit-action">
          <Form.Label>{t('audit.action')}</Form.Label>
          <Form.Control
            value={draft.action}
            onChange={set('action')}
            autoCapitalize="none"
            spellCheck={false}
          />
          <Form.Text>{t('audit.actionHint')}</Form.Text>
        </Form.Group>
        <Form.Group as={Col} sm={6} lg={4} controlId="audit-outcome">
          <Form.Label>{t('audit.outcome')}</Form.Label>
          <Form.Select
            value={draft.outcome}
            onChange={(e) =>
              setDraft((current) => ({ ...current, outcome: e.target.value as AuditOutcome | '' }))
            }
          >
            <option value="">{t('audit.anyOutcome')}</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`audit.outcomes.${outcome}`)}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
        <Form.Group as={Col} sm={6} lg={4} controlId="audit-from">
          <Form.Label>{t('audit.from')}</Form.Label>
          <Form.Control type="date" value={draft.from} onChange={set('from')} max={draft.to || undefined} />
        </Form.Group>
        <Form.Group as={Col} sm={6} lg={4} controlId="audit-to">
          <Form.Label>{t('audit.to')}</Form.Label>
          <Form.Control type="date" value={draft.to} onChange={set('to')} min={draft.from || undefined} />
        </Form.Group>
      </Row>
      <div className="d-flex gap-2 mt-3">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button
          variant="outline-secondary"
          onClick={() => {
            setDraft(NO_AUDIT_FILTERS);
            onApply(NO_AUDIT_FILTERS);
          }}
        >
          {t('audit.clear')}
        </Button>
      </div>
    </Form>
  );
}
