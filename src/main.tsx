/**
 * The page's entry, kept small (ADR 0095). A page drawn ahead of time (ADR 0086, 0092) is painted
 * before the app's code runs: evaluating it (React DOM and the rest, 60–100 ms of CPU) straight
 * after the HTML was parsed held the first paint back by that long. The app's chunks are
 * modulepreloaded by the page (vite.config.ts), so they download meanwhile, not after.
 */
import { afterFirstPaint } from '@/lib/after-first-paint';

async function enableMocking() {
  if (!import.meta.env.DEV && import.meta.env.VITE_USE_MSW !== 'true') return;
  // Imported dynamically so a production build without mocks never bundles MSW.
  const { startMockServiceWorker } = await import('@mocks/browser');
  await startMockServiceWorker();
}

const root = document.getElementById('root');
if (root) {
  // The plain page (no first view drawn) has nothing to paint: it starts straight away.
  const painted = root.firstChild ? afterFirstPaint() : Promise.resolve();
  void painted
    .then(() => import('@/app/start'))
    .then(({ startApp }) => startApp(root, enableMocking));
}
