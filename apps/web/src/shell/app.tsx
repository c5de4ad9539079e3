import { lazy, Suspense } from 'react';
import Spinner from 'react-bootstrap/Spinner';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ServicesProvider } from '../app/services-context';
import type { Services } from '../app/start-services';
import { HomePage } from '../home/home-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireAction } from './require-action';
import { SessionGate } from './session-gate';
import { SignInPage } from './sign-in-page';

// Screens past the home screen load on first use (and are precached for offline use), so the first
// screen needs only the shell's JavaScript.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const RegisterPatientPage = page(() => import('../patients/register-patient-page'), 'RegisterPatientPage');
const PatientPage = page(() => import('../patients/patient-page'), 'PatientPage');
const EditPatientPage = page(() => import('../patients/edit-patient-page'), 'EditPatientPage');
const RecordHistoryPage = page(() => import('../history/record-history-page'), 'RecordHistoryPage');
const NewEpisodePage = page(() => import('../episodes/new-episode-page'), 'NewEpisodePage');
const EpisodePage = page(() => import('../episodes/episode-page'), 'EpisodePage');
const EditEpisodePage = page(() => import('../episodes/edit-episode-page'), 'EditEpisodePage');
const SyncPage = page(() => import('../sync/sync-page'), 'SyncPage');
const ReviewPatientsPage = page(() => import('../review/review-patients-page'), 'ReviewPatientsPage');
const ReviewEpisodesPage = page(() => import('../review/review-episodes-page'), 'ReviewEpisodesPage');
const PatientSummaryPrintPage = page(
  () => import('../print/patient-summary-print-page'),
  'PatientSummaryPrintPage',
);
const RestorePage = page(() => import('../restore/restore-page'), 'RestorePage');
const ConflictsPage = page(() => import('../conflicts/conflicts-page'), 'ConflictsPage');
const DuplicatesPage = page(() => import('../duplicates/duplicates-page'), 'DuplicatesPage');
const UsersPage = page(() => import('../admin/users-page'), 'UsersPage');
const HospitalsPage = page(() => import('../admin/hospitals-page'), 'HospitalsPage');
const AuditPage = page(() => import('../admin/audit-page'), 'AuditPage');
const DevicesPage = page(() => import('../admin/devices-page'), 'DevicesPage');
const ReportsPage = page(() => import('../reports/reports-page'), 'ReportsPage');

export function App({ services }: { services: Services }) {
  return (
    <ServicesProvider services={services}>
      <BrowserRouter>
        <Suspense fallback={<Spinner animation="border" role="status" className="m-3" />}>
          <Routes>
            <Route element={<Layout />}>
              <Route element={<SessionGate />}>
                <Route index element={<HomePage />} />
                <Route path="patients/new" element={<RegisterPatientPage />} />
                <Route path="patients/:patientId" element={<PatientPage />} />
                <Route path="patients/:patientId/edit" element={<EditPatientPage />} />
                <Route path="patients/:patientId/print" element={<PatientSummaryPrintPage />} />
                <Route path="patients/:patientId/history/:entityId" element={<RecordHistoryPage />} />
                <Route path="patients/:patientId/episodes/new/:type" element={<NewEpisodePage />} />
                <Route path="patients/:patientId/episodes/:episodeId" element={<EpisodePage />} />
                <Route path="patients/:patientId/episodes/:episodeId/edit" element={<EditEpisodePage />} />
                <Route path="sync" element={<SyncPage />} />
                <Route
                  path="conflicts"
                  element={
                    <RequireAction action="resolveConflicts">
                      <ConflictsPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="duplicates"
                  element={
                    <RequireAction action="mergeDuplicates">
                      <DuplicatesPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="restore"
                  element={
                    <RequireAction action="restoreDeleted">
                      <RestorePage />
                    </RequireAction>
                  }
                />
                <Route
                  path="admin/users"
                  element={
                    <RequireAction action="manageUsers">
                      <UsersPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="admin/hospitals"
                  element={
                    <RequireAction action="manageHospitals">
                      <HospitalsPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="admin/audit"
                  element={
                    <RequireAction action="readAuditLog">
                      <AuditPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="admin/devices"
                  element={
                    <RequireAction action="viewDevices">
                      <DevicesPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="review/patients"
                  element={
                    <RequireAction action="review">
                      <ReviewPatientsPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="review/episodes"
                  element={
                    <RequireAction action="review">
                      <ReviewEpisodesPage />
                    </RequireAction>
                  }
                />
                <Route
                  path="reports"
                  element={
                    <RequireAction action="reports">
                      <ReportsPage />
                    </RequireAction>
                  }
                />
                <Route path="sign-in" element={<SignInPage again />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </ServicesProvider>
  );
}
