/** A JSON answer over real HTTP. */
export interface HttpAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A browser over real HTTP (fetch) that keeps its cookies and echoes the CSRF cookie in
 * X-CSRF-Token, as the web app does; each call names the server, so one session can talk to
 * several app processes behind a load balancer.
 */
export class HttpClient {
  readonly cookies = new Map<string, string>();

  async request<T = unknown>(
    baseUrl: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer<T>> {
    if (method !== 'GET' && !this.cookies.has('facto_csrf'))
      await this.request(baseUrl, 'GET', '/api/v1/auth/csrf');
    const sent: Record<string, string> = { ...headers };
    if (this.cookies.size)
      sent.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (method !== 'GET') sent['x-csrf-token'] = this.cookies.get('facto_csrf') ?? '';
    if (body !== undefined) sent['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: sent,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired =
        value === '' ||
        attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) ||
        attributes.some(
          (a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now(),
        );
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text && response.headers.get('content-type')?.includes('json')
        ? JSON.parse(text)
        : text) as T,
    };
  }

  get<T = unknown>(baseUrl: string, path: string) {
    return this.request<T>(baseUrl, 'GET', path);
  }
  post<T = unknown>(
    baseUrl: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) {
    return this.request<T>(baseUrl, 'POST', path, body ?? {}, headers);
  }
  put<T = unknown>(baseUrl: string, path: string, body?: unknown) {
    return this.request<T>(baseUrl, 'PUT', path, body ?? {});
  }
  delete<T = unknown>(baseUrl: string, path: string) {
    return this.request<T>(baseUrl, 'DELETE', path);
  }
}
