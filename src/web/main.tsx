import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './i18n';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { fetchCsrfToken, readCsrfCookie } from './lib/csrf';

// Get the CSRF cookie early so the first form submission does not wait for it.
if (!readCsrfCookie()) {
  fetchCsrfToken().catch(() => undefined);
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

// Rendered at once, so the router fetches the session and the page's code while the reader's
// texts load; every translated component suspends until they are there, so nothing paints in
// another language (or as raw keys) meanwhile.
createRoot(container).render(
  <StrictMode>
    <Suspense fallback={null}>
      <App />
    </Suspense>
  </StrictMode>,
);
