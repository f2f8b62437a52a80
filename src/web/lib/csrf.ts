import { csrfResponseSchema } from '../../contract/index.js';

const COOKIE_NAME = 'facto_csrf';

export function readCsrfCookie(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE_NAME) return decodeURIComponent(rest.join('='));
  }
  return null;
}

let pending: Promise<string> | null = null;

/** Asks the server for a token (it also sets the cookie); concurrent callers share one request. */
export function fetchCsrfToken(): Promise<string> {
  pending ??= fetch('/api/v1/auth/csrf', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
    .then(async (response) => {
      if (!response.ok) throw new Error(`CSRF token request failed with ${response.status}`);
      return csrfResponseSchema.parse(await response.json()).csrfToken;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** The double-submit token to send with state-changing requests. */
export async function csrfToken(): Promise<string> {
  return readCsrfCookie() ?? fetchCsrfToken();
}
