import 'bootstrap/dist/css/bootstrap.min.css';
import './shell/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startServices } from './app/start-services';
import { startI18n } from './i18n/i18n';
import { App } from './shell/app';
import { registerServiceWorker } from './shell/service-worker';
import { requestPersistence } from './shell/storage-status';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
startI18n();
registerServiceWorker();
void requestPersistence();

const services = await startServices(__APP_VERSION__);
services.sync.start();
// Any tap or key keeps the session open; a timer locks it after the idle time.
let lastTouch = 0;
const touch = () => {
  if (Date.now() - lastTouch < 10_000) return;
  lastTouch = Date.now();
  services.session.touch();
};
for (const event of ['pointerdown', 'keydown'] as const)
  window.addEventListener(event, touch, { passive: true });
setInterval(() => services.session.checkIdle(), 30_000);

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
// After the first frame is drawn, read every patient into the search index (it says so meanwhile).
requestAnimationFrame(() => setTimeout(() => void services.patients.load(), 0));
