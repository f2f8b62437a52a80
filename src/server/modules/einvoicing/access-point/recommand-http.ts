import type { z } from 'zod';
import { AccessPointError } from './access-point.js';
import type { RecommandConfig } from './recommand-config.js';
import { recommandFailureSchema } from './recommand-schemas.js';

export interface RecommandRequest {
  method: 'GET' | 'POST';
  /** Below `/api/v1`, e.g. `/documents/doc_1`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

export interface RecommandHttp {
  /** Sends the request and parses a 2xx body with `schema`; anything else throws. */
  call<S extends z.ZodType>(request: RecommandRequest, schema: S): Promise<z.output<S>>;
  /** Like `call`, but a response with one of `statuses` returns `undefined` (e.g. 404). */
  callOrMissing<S extends z.ZodType>(
    request: RecommandRequest,
    schema: S,
    statuses: readonly number[],
  ): Promise<z.output<S> | undefined>;
}

type HttpConfig = Pick<RecommandConfig, 'baseUrl' | 'apiKey' | 'apiSecret' | 'timeoutMs'>;

const MAX_REASON_LENGTH = 300;

function describe(request: RecommandRequest): string {
  return `Recommand ${request.method} ${request.path}`;
}

/** The provider's own words from an error body, shortened; never the request. */
function reasonOf(body: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const failure = recommandFailureSchema.safeParse(json);
  if (!failure.success) return undefined;
  const parts: string[] = [];
  for (const [field, messages] of Object.entries(failure.data.errors ?? {})) {
    const text = Array.isArray(messages) ? messages.join(', ') : messages;
    parts.push(field === 'root' ? text : `${field}: ${text}`);
  }
  if (failure.data.message) parts.push(failure.data.message);
  const reason = parts.join('; ').trim();
  if (!reason) return undefined;
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH)}…` : reason;
}

function errorForStatus(request: RecommandRequest, status: number, body: string): AccessPointError {
  const reason = reasonOf(body);
  const what = `${describe(request)} answered ${status}${reason ? `: ${reason}` : ''}`;
  if (status === 401 || status === 403) {
    return new AccessPointError('unauthorized', what, { status });
  }
  if (status === 404) return new AccessPointError('notFound', what, { status });
  // Rate limits and request timeouts at the edge are worth another try later.
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    return new AccessPointError('unavailable', what, { status });
  }
  if (status >= 400) return new AccessPointError('rejected', what, { status });
  return new AccessPointError('protocol', `${describe(request)} answered unexpected ${status}`, {
    status,
  });
}

function buildUrl(baseUrl: string, request: RecommandRequest): URL {
  const url = new URL(`${baseUrl}/api/v1${request.path}`);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}

export function createRecommandHttp(
  config: HttpConfig,
  fetchImpl: typeof fetch = fetch,
): RecommandHttp {
  // Built once; the header value is never put into an error or a log line.
  const authorization = `Basic ${Buffer.from(`${config.apiKey}:${config.apiSecret}`).toString('base64')}`;

  async function exchange(request: RecommandRequest): Promise<{ status: number; text: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    try {
      const response = await fetchImpl(buildUrl(config.baseUrl, request), {
        method: request.method,
        headers: {
          authorization,
          accept: 'application/json',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
        redirect: 'error',
      });
      // Reading the body stays under the same timer: a server that sends headers and then
      // stalls is as unavailable as one that never answers.
      const text = await response.text();
      return { status: response.status, text };
    } catch (error) {
      if (controller.signal.aborted) {
        throw new AccessPointError(
          'timeout',
          `${describe(request)} did not answer within ${config.timeoutMs} ms`,
        );
      }
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      throw new AccessPointError(
        'unavailable',
        `${describe(request)} failed: ${typeof code === 'string' ? code : 'network error'}`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
  }

  function parse<S extends z.ZodType>(
    request: RecommandRequest,
    text: string,
    schema: S,
  ): z.output<S> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AccessPointError('protocol', `${describe(request)} answered malformed JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : '';
      throw new AccessPointError(
        'protocol',
        `${describe(request)} answered an unexpected body${where}`,
      );
    }
    return parsed.data;
  }

  return {
    async call(request, schema) {
      const { status, text } = await exchange(request);
      if (status < 200 || status > 299) throw errorForStatus(request, status, text);
      return parse(request, text, schema);
    },
    async callOrMissing(request, schema, statuses) {
      const { status, text } = await exchange(request);
      if (statuses.includes(status)) return undefined;
      if (status < 200 || status > 299) throw errorForStatus(request, status, text);
      return parse(request, text, schema);
    },
  };
}
