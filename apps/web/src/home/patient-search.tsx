import { useDeferredValue, useMemo, useState } from 'react';
import Form from 'react-bootstrap/Form';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePatientIndex } from '../app/use-patients';
import { useHospitalNames } from '../patients/use-hospital-names';
import { PatientRow } from './patient-row';

/** One box for names in any spelling, phone digits, national id and hospital number; answers as you type. */
export function PatientSearch() {
  const { t } = useTranslation('home');
  const index = usePatientIndex();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => (deferred.trim() ? index.search(deferred, 30) : []), [index, deferred]);
  const hospitalName = useHospitalNames();

  return (
    <section className="mb-4" aria-labelledby="search-label">
      <Form.Label id="search-label" htmlFor="patient-search" className="fw-semibold">
        {t('searchLabel')}
      </Form.Label>
      <Form.Control
        id="patient-search"
        type="search"
        size="lg"
        inputMode="search"
        autoComplete="off"
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="form-text" data-testid="patients-on-device">
        {index.loaded ? t('patientsOnDevice', { count: index.size }) : t('loadingPatients')}
      </div>
      {deferred.trim() && (
        <div className="mt-2" aria-live="polite">
          {results.length === 0 ? (
            <p className="my-2">{t('noMatch', { query: deferred.trim() })}</p>
          ) : (
            <>
              <p className="visually-hidden">{t('results', { count: results.length })}</p>
              <ListGroup data-testid="search-results">
                {results.map((s) => (
                  <PatientRow
                    key={s.patientId}
                    summary={s}
                    hospitalName={hospitalName.get(s.patient?.registeredHospitalId ?? '')}
                  />
                ))}
              </ListGroup>
            </>
          )}
          <Link
            className="btn btn-outline-primary mt-2"
            to={`/patients/new?name=${encodeURIComponent(query.trim())}`}
          >
            {t('registerNew')}
          </Link>
        </div>
      )}
    </section>
  );
}
