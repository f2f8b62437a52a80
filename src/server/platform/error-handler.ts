import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  issuesToFields,
  translate,
  type ErrorResponse,
  type MessageKey,
} from '../../contract/index.js';
import { isDatabaseUnavailable } from './db-errors.js';
import { DomainError, type ErrorKind } from './errors.js';
import { pickLanguage } from './language.js';

/** Fastify's own client errors, by code, mapped to our messages. */
const FASTIFY_ERRORS: Record<string, { status: number; key: MessageKey }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, key: 'error.invalidJson' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, key: 'error.invalidJson' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, key: 'error.bodyTooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, key: 'error.unsupportedMediaType' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, key: 'error.badRequest' },
  FST_ERR_CTP_INVALID_TYPE: { status: 400, key: 'error.badRequest' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, key: 'error.unsupportedMediaType' },
};

/** The multipart field every upload route reads its file from. */
export const UPLOAD_FIELD = 'file';

/** @fastify/multipart's own errors, by code; 400s name the upload field. */
const MULTIPART_ERRORS: Record<string, { status: number; key: MessageKey }> = {
  FST_REQ_FILE_TOO_LARGE: { status: 413, key: 'error.bodyTooLarge' },
  FST_PARTS_LIMIT: { status: 400, key: 'error.multipartOneFile' },
  FST_FILES_LIMIT: { status: 400, key: 'error.multipartOneFile' },
  FST_FIELDS_LIMIT: { status: 400, key: 'error.multipartOneFile' },
  FST_PROTO_VIOLATION: { status: 400, key: 'error.multipartInvalid' },
  FST_MP_PREMATURE_CLOSE: { status: 400, key: 'error.multipartInvalid' },
  FST_INVALID_JSON_FIELD_ERROR: { status: 400, key: 'error.multipartInvalid' },
};

/**
 * Busboy (under @fastify/multipart) throws plain errors for a body it cannot parse: no or bad
 * boundary, a part cut short, a malformed header. They carry no code, only these messages.
 */
const BUSBOY_MESSAGES =
  /^(Multipart: Boundary not found|Boundary required|Unexpected end of (multipart data|form|file)|.* terminated early due to unexpected end of multipart data|Malformed part header|The needle cannot (be an empty|have a length))/;

/** The one mapping of a broken upload to a translated 400/413 (undefined: not an upload error). */
export function multipartErrorOf(
  error: { code?: string; message?: string },
  request: FastifyRequest,
): { status: number; key: MessageKey } | undefined {
  const known = error.code ? MULTIPART_ERRORS[error.code] : undefined;
  if (known) return known;
  if (!error.code && request.isMultipart() && BUSBOY_MESSAGES.test(error.message ?? ''))
    return { status: 400, key: 'error.multipartInvalid' };
  return undefined;
}

/** The one mapping of a domain error's kind to an HTTP status. */
const STATUS_OF: Record<ErrorKind, number> = {
  badRequest: 400,
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  invalidState: 409,
  tooLarge: 413,
  unprocessable: 422,
  tooManyRequests: 429,
};

/** What a 503 asks the client to wait before trying again. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

function send(reply: FastifyReply, status: number, body: ErrorResponse): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Every error leaves as `{ error: { code, message, fields? } }` in the caller's language; 5xx hide internals. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    try {
      return handle(error, request, reply);
    } catch (failure) {
      request.log.error({ err: failure, original: error }, 'error handler failed');
      return send(reply, 500, {
        error: { code: 'internal', message: translate('en', 'error.internal') },
      });
    }
  });
}

function handle(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const language = request.language;
  if (error instanceof DomainError) {
    if (error.headers) void reply.headers(error.headers);
    const fields = error.fields
      ? Object.fromEntries(
          Object.entries(error.fields).map(([path, key]) => [
            path,
            translate(language, key, error.params),
          ]),
        )
      : undefined;
    return send(reply, STATUS_OF[error.kind], {
      error: {
        code: error.code,
        message: translate(language, error.messageKey, error.params),
        ...(fields && { fields }),
      },
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    // The type provider flattens each zod issue; rebuild it to reuse the contract's messages.
    const issues = error.validation.map(
      (v) =>
        ({
          ...v.params,
          code: v.keyword,
          message: v.message,
          path: v.instancePath.split('/').slice(1).filter(Boolean),
        }) as unknown as z.core.$ZodIssue,
    );
    const context = error.validationContext;
    const fields = issuesToFields(issues, language);
    // Query and path problems are prefixed so they are not confused with body fields.
    const prefixed =
      context === 'body'
        ? fields
        : Object.fromEntries(
            Object.entries(fields).map(([k, v]) => [`${context ?? 'request'}.${k}`, v]),
          );
    return send(reply, 400, {
      error: {
        code: 'validation',
        message: translate(language, 'error.validation'),
        fields: prefixed,
      },
    });
  }
  const upload = multipartErrorOf(error, request);
  if (upload) {
    const message = translate(language, upload.key);
    return send(reply, upload.status, {
      error: {
        code: upload.key.replace('error.', ''),
        message,
        ...(upload.status === 400 && { fields: { [UPLOAD_FIELD]: message } }),
      },
    });
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) {
    return send(reply, known.status, {
      error: { code: known.key.replace('error.', ''), message: translate(language, known.key) },
    });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, error.statusCode, {
      error: { code: 'badRequest', message: translate(language, 'error.badRequest') },
    });
  }
  if (isDatabaseUnavailable(error)) {
    // Nothing was committed: the client may send the same request again (Idempotency-Key).
    request.log.warn({ err: error }, 'database unavailable');
    void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return send(reply, 503, {
      error: {
        code: 'databaseUnavailable',
        message: translate(language, 'error.databaseUnavailable'),
      },
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, {
    error: { code: 'internal', message: translate(language, 'error.internal') },
  });
}

/**
 * Errors Fastify raises before a route is chosen: a path whose parameters are not valid
 * percent-encoded UTF-8. The route is found again from the route table to name the parameter.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const language = pickLanguage(request.headers['accept-language'], undefined);
  if (error.code !== 'FST_ERR_BAD_URL')
    return send(reply, 400, {
      error: { code: 'badRequest', message: translate(language, 'error.badRequest') },
    });
  const message = translate(language, 'error.invalidUrl');
  const names = undecodableParams(request.server.routeTable, request.method, request.url);
  return send(reply, 400, {
    error: {
      code: 'validation',
      message: translate(language, 'error.validation'),
      fields: Object.fromEntries(
        (names.length ? names.map((name) => `params.${name}`) : ['params']).map((key) => [
          key,
          message,
        ]),
      ),
    },
  });
}

function undecodableParams(
  routes: readonly { method: string; url: string }[] | undefined,
  method: string,
  url: string,
): string[] {
  const path = url.split('?')[0] ?? '';
  for (const route of routes ?? []) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = route.url
      .split(/(:\w+)/)
      .map((piece) => {
        if (!piece.startsWith(':')) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(piece.slice(1));
        return '([^/]*)';
      })
      .join('');
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (!match) continue;
    return names.filter((_, i) => {
      try {
        decodeURIComponent(match[i + 1] ?? '');
        return false;
      } catch {
        return true;
      }
    });
  }
  return [];
}
