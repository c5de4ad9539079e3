import { useDeferredValue, useId, useMemo } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';
import { usePatientIndex } from '../app/use-patients';
import { PatientMatches } from './patient-matches';

const SHOWN = 10;

/**
 * The first step of registering: look for the patient on the device, so that a duplicate is
 * avoided, then either open one of the matches or go on to a new patient.
 */
export function PatientSearchStep({
  query,
  onQuery,
  onRegisterNew,
}: {
  query: string;
  onQuery: (text: string) => void;
  onRegisterNew: () => void;
}) {
  const { t } = useTranslation('patients');
  const id = useId();
  const index = usePatientIndex();
  const deferred = useDeferredValue(query.trim());
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index object stays; its revision changes
  const matches = useMemo(
    () => (deferred ? index.search(deferred, SHOWN) : []),
    [index, index.revision, deferred],
  );

  return (
    <section className="mb-4" style={{ maxWidth: '48rem' }}>
      <Form.Label id={`${id}-label`} htmlFor={`${id}-search`} className="fw-semibold">
        {t('register.searchLabel')}
      </Form.Label>
      <Form.Control
        id={`${id}-search`}
        type="search"
        size="lg"
        autoComplete="off"
        autoFocus
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <Form.Text id={`${id}-hint`}>{t('register.searchHint')}</Form.Text>
      <div aria-live="polite" className="mt-3" data-testid="register-search-status">
        {deferred &&
          (matches.length > 0 ? (
            <p className="mb-2 fw-semibold">{t('register.matches', { count: matches.length })}</p>
          ) : (
            <p className="mb-2">{t('register.noMatches', { text: deferred })}</p>
          ))}
      </div>
      <PatientMatches matches={matches} testId="register-matches" />
      <div className="d-grid d-sm-block mt-3">
        <Button size="lg" onClick={onRegisterNew} data-testid="register-new">
          {t('register.none')}
        </Button>
      </div>
    </section>
  );
}
