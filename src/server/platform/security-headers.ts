import type { FastifyInstance } from 'fastify';

/**
 * Security headers, computed once at start-up. Pages get the full Content-Security-Policy; API
 * responses (JSON, never rendered) get the short set OWASP recommends for REST APIs, including
 * `no-store` so personal data never sits in a shared cache. Routes that serve untrusted content
 * (the SVG logo) set a stricter policy themselves.
 */
export function installSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const pageCsp = [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    // Mantine injects its CSS variables at run time.
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "connect-src 'self'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    ...(options.https && { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }),
  };
  const api = Object.entries({
    ...common,
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'no-store',
  });
  const page = Object.entries({
    ...common,
    'content-security-policy': pageCsp,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-permitted-cross-domain-policies': 'none',
  });
  app.addHook('onSend', async (request, reply) => {
    // The API documentation page is a page, not an API response.
    const isApi = request.url.startsWith('/api/v1/') || request.url === '/api/openapi.json';
    for (const [name, value] of isApi ? api : page)
      if (!reply.hasHeader(name)) reply.header(name, value);
    reply.header('x-request-id', request.id);
  });
}

/** A PDF the web app shows in a frame of its own pages: framable by the same origin only. */
export const SAME_ORIGIN_FRAME_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
} as const;
