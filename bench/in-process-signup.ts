import type { FastifyInstance } from 'fastify';

export interface BenchSession {
  organizationId: string;
  /** The session's cookie header (session and CSRF cookies). */
  cookie: string;
  /** Headers for a state-changing request: the cookies and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Signs up a bench company through the in-process app (`app.inject`) and returns its session. */
export async function signUpInProcess(
  app: FastifyInstance,
  account: { companyName?: string; email: string; password?: string },
): Promise<BenchSession> {
  const csrf = 'bench-csrf-token';
  const signup = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    headers: { 'x-csrf-token': csrf, cookie: `facto_csrf=${csrf}` },
    payload: {
      companyName: account.companyName ?? 'Bench',
      enterpriseNumber: '0566988259',
      country: 'BE',
      firstName: 'B',
      lastName: 'M',
      email: account.email,
      password: account.password ?? 'bench password 2026',
      language: 'fr',
    },
  });
  const cookie = signup.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const token = signup.cookies.find((c) => c.name === 'facto_csrf')?.value ?? '';
  return {
    organizationId: (signup.json() as { organization: { id: string } }).organization.id,
    cookie,
    headers: { cookie, 'x-csrf-token': token },
  };
}
