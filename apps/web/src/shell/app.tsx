import { BrowserRouter, Route, Routes } from 'react-router';
import { ServicesProvider } from '../app/services-context';
import type { Services } from '../app/start-services';
import { EditEpisodePage } from '../episodes/edit-episode-page';
import { EpisodePage } from '../episodes/episode-page';
import { NewEpisodePage } from '../episodes/new-episode-page';
import { RecordHistoryPage } from '../history/record-history-page';
import { HomePage } from '../home/home-page';
import { EditPatientPage } from '../patients/edit-patient-page';
import { PatientPage } from '../patients/patient-page';
import { RegisterPatientPage } from '../patients/register-patient-page';
import { SyncPage } from '../sync/sync-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { SessionGate } from './session-gate';

export function App({ services }: { services: Services }) {
  return (
    <ServicesProvider services={services}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route element={<SessionGate />}>
              <Route index element={<HomePage />} />
              <Route path="patients/new" element={<RegisterPatientPage />} />
              <Route path="patients/:patientId" element={<PatientPage />} />
              <Route path="patients/:patientId/edit" element={<EditPatientPage />} />
              <Route path="patients/:patientId/history/:entityId" element={<RecordHistoryPage />} />
              <Route path="patients/:patientId/episodes/new/:type" element={<NewEpisodePage />} />
              <Route path="patients/:patientId/episodes/:episodeId" element={<EpisodePage />} />
              <Route path="patients/:patientId/episodes/:episodeId/edit" element={<EditEpisodePage />} />
              <Route path="sync" element={<SyncPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ServicesProvider>
  );
}
