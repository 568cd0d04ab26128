import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from '@/app/query-client';
import { AppRoutes } from '@/app/router';
import '@/ui/styles/global.css';

async function enableMocking() {
  if (!import.meta.env.DEV && import.meta.env.VITE_USE_MSW !== 'true') return;
  // Imported dynamically so a production build without mocks never bundles MSW.
  const { startMockServiceWorker } = await import('@mocks/browser');
  await startMockServiceWorker();
}

const root = document.getElementById('root');
if (root) {
  void enableMocking().then(() => {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <AppRoutes />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
}
