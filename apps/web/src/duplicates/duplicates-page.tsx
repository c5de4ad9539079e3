import type { DuplicatePair } from '@registry/domain';
import { useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services-context';
import { usePatientIndex } from '../app/use-patients';
import { useWriter } from '../app/use-writer';
import { ConfirmModal } from '../forms/confirm-modal';
import type { PatientSummary } from '../local/patient-summary';
import { DuplicatePairCard } from './duplicate-pair-card';
import { dismissPair, mergePatients } from './merge-actions';
import { useDuplicatePairs } from './use-duplicate-pairs';

const PAGE_SIZE = 20;
const pairKey = (pair: DuplicatePair) => `${pair.a}|${pair.b}`;
const nameOf = (summary: PatientSummary) => summary.patient?.fullName ?? summary.patientId;

/**
 * The coordinators' list of possible duplicate patients, best evidence first, with merge into either
 * and "not the same person". A pair acted on leaves the list at once; the list is scored again after.
 */
export function DuplicatesPage() {
  const { t, i18n } = useTranslation('duplicates');
  const { store } = useServices();
  const writer = useWriter();
  const index = usePatientIndex();
  const { pairs, compared, error } = useDuplicatePairs();
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();
  const [merging, setMerging] = useState<{
    survivor: PatientSummary;
    duplicate: PatientSummary;
    key: string;
  }>();
  const [busy, setBusy] = useState(false);
  const [page, setPage] = useState(0);
  const number = new Intl.NumberFormat(i18n.language);

  const open = useMemo(() => (pairs ?? []).filter((pair) => !settled.has(pairKey(pair))), [pairs, settled]);
  const pages = Math.max(1, Math.ceil(open.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = open.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const settle = (key: string) => setSettled((s) => new Set(s).add(key));

  const dismiss = async (pair: DuplicatePair, a: PatientSummary, b: PatientSummary) => {
    setBusy(true);
    const outcome = await dismissPair(writer, store, pair.a, pair.b);
    setBusy(false);
    if (outcome.ok) {
      settle(pairKey(pair));
      setMessage({ ok: true, text: t('dismissed', { a: nameOf(a), b: nameOf(b) }) });
    } else setMessage({ ok: false, text: outcome.problems.join(' ') });
  };

  return (
    <>
      <h1 className="h3">{t('title')}</h1>
      <p>{t('intro')}</p>
      {message && (
        <Alert
          variant={message.ok ? 'success' : 'danger'}
          role={message.ok ? 'status' : 'alert'}
          dismissible
          onClose={() => setMessage(undefined)}
        >
          {message.text}
        </Alert>
      )}
      {error && <Alert variant="danger">{t('failed', { message: error })}</Alert>}
      {pairs === undefined ? (
        <p role="status">{t('working')}</p>
      ) : (
        <p role="status" data-testid="duplicates-summary">
          {open.length === 0
            ? t('none')
            : t('compared', { patients: number.format(compared), pairs: number.format(open.length) })}
        </p>
      )}
      {shown.map((pair, i) => {
        const a = index.get(pair.a);
        const b = index.get(pair.b);
        if (!a || !b) return null;
        return (
          <DuplicatePairCard
            key={pairKey(pair)}
            n={current * PAGE_SIZE + i + 1}
            pair={pair}
            a={a}
            b={b}
            busy={busy}
            onKeep={(survivor, duplicate) => setMerging({ survivor, duplicate, key: pairKey(pair) })}
            onDismiss={() => void dismiss(pair, a, b)}
          />
        );
      })}
      {pages > 1 && (
        <nav aria-label={t('pages')} className="d-flex align-items-center gap-2 mb-3">
          <Button variant="outline-secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('previous')}
          </Button>
          <span>{t('page', { page: current + 1, pages })}</span>
          <Button
            variant="outline-secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('next')}
          </Button>
        </nav>
      )}
      {merging && (
        <ConfirmModal
          title={t('confirmMerge.title')}
          confirmLabel={t('confirmMerge.confirm')}
          variant="primary"
          onConfirm={async () => {
            const outcome = await mergePatients(
              writer,
              store,
              merging.duplicate.patientId,
              merging.survivor.patientId,
            );
            if (outcome.ok) {
              settle(merging.key);
              setMessage({
                ok: true,
                text: t('merged', {
                  duplicate: nameOf(merging.duplicate),
                  survivor: nameOf(merging.survivor),
                }),
              });
            }
            return outcome;
          }}
          onClose={() => setMerging(undefined)}
        >
          {t('confirmMerge.body', {
            duplicate: nameOf(merging.duplicate),
            survivor: nameOf(merging.survivor),
          })}
        </ConfirmModal>
      )}
    </>
  );
}
