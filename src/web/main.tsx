import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchView } from './app/prefetch-view';
import { createQueryClient } from './app/query-client';
import { currentPreferences } from './app/use-preferences';
import { Root } from './app/root';
import { currentView } from './app/use-view-url';
import { applyTheme } from './ui/theme';
import './styles.css';

// Before the first render, so the page never flashes the wrong theme.
applyTheme(currentPreferences().theme);

const queryClient = createQueryClient();
prefetchView(queryClient, currentView());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
