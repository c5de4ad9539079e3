import type { PatientWorklist } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { latestOperation } from './episode-order';

/**
 * The three things done most to a patient's chart, kept at the bottom of the screen while scrolling.
 * A discharge or follow-up names the latest operation waiting for it; the episode form can change it.
 */
export function PatientActions({ patientId, worklist }: { patientId: string; worklist: PatientWorklist }) {
  const { t } = useTranslation('patients');
  const base = `/patients/${patientId}/episodes/new`;
  const withSurgery = (type: string, surgeryId: string | undefined) =>
    surgeryId ? `${base}/${type}?surgery=${encodeURIComponent(surgeryId)}` : `${base}/${type}`;
  const links = [
    { key: 'surgery', to: `${base}/surgery` },
    { key: 'discharge', to: withSurgery('discharge', latestOperation(worklist.pendingDischarge)) },
    { key: 'followUp', to: withSurgery('followUp', latestOperation(worklist.followUpDue)) },
  ] as const;
  // The step the chart waits for stands out; the others stay one tap away.
  const next =
    worklist.pendingDischarge.length > 0
      ? 'discharge'
      : worklist.followUpDue.length > 0
        ? 'followUp'
        : 'surgery';
  return (
    <nav
      aria-label={t('actions.label')}
      className="sticky-bottom bg-body border-top py-2 mt-3"
      data-testid="patient-actions"
    >
      {/* Three equal columns even on a 360 px phone: one row, each label on up to two lines. */}
      <div className="d-grid gap-2" style={{ gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' }}>
        {links.map((link) => (
          <Link
            key={link.key}
            to={link.to}
            className={`btn px-1 lh-sm d-flex align-items-center justify-content-center ${link.key === next ? 'btn-primary' : 'btn-outline-primary'}`}
          >
            {t(`actions.${link.key}`)}
          </Link>
        ))}
      </div>
    </nav>
  );
}
