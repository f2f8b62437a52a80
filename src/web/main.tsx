import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18nReady } from './i18n';
import { fetchCsrfToken, readCsrfCookie } from './lib/csrf';

// Get the CSRF cookie early so the first form submission does not wait for it.
if (!readCsrfCookie()) {
  fetchCsrfToken().catch(() => undefined);
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

// Render once the reader's language is loaded: no first paint in another language.
void i18nReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
