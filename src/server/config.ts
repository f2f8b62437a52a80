import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  FACTO_DATA_DIR: z.string().min(1).default('./data'),
  FACTO_PUBLIC_URL: z.string().url().optional(),
  FACTO_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  FACTO_SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  FACTO_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  FACTO_SECRET_KEY: z.string().min(1).optional(),
  FACTO_WORKER: z.enum(['inline', 'off']).default('inline'),
  FACTO_SUPPORT_EMAILS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(/[,;\s]+/)
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email({ message: 'must be email addresses separated by commas' }))),
  FACTO_SMS: z.enum(['off', 'outbox']).default('off'),
  FACTO_SMTP_URL: z
    .url({ protocol: /^smtps?$/, message: 'must be smtp://user:password@host:port or smtps://…' })
    .optional(),
  FACTO_MAIL_FROM: z
    .string()
    .trim()
    .regex(/^([^<>\r\n"]{1,100} )?<?[^\s<>@",]+@[^\s<>@",]+\.[^\s<>@",]+>?$/, {
      message: 'must be an address, optionally with a name: Facto <no-reply@facto.example.be>',
    })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server; when absent the embedded PGlite database in `dataDir/db` is used. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  /** Public origin (https://facto.example.be); secures cookies and checks the Origin header. */
  publicUrl: string | undefined;
  sessionTtlMs: number;
  /** How long a resolved session is reused in memory before it is read again (0 = never). */
  sessionCacheMs: number;
  trustProxy: boolean;
  /** Key of the credentials kept encrypted (32 bytes, base64); default `dataDir/secret.key`. */
  secretKey: string | undefined;
  /** `inline`: this process runs the background jobs; `off`: a separate `npm run worker` does. */
  worker: 'inline' | 'off';
  /** Accounts of platform support staff (lower-case emails): see the GDPR tab's switch. */
  supportEmails: string[];
  /** How text messages (mobile number checks) go out: not at all, or to the owner-visible outbox. */
  sms: 'off' | 'outbox';
  /** Facto's general sender (smtp:// or smtps:// URL); absent: mail goes to the built-in mailbox. */
  smtpUrl: string | undefined;
  /** From of the general sender: `Facto <no-reply@facto.example.be>`. */
  mailFrom: string | undefined;
  /** Connection, greeting and socket timeouts of every SMTP conversation. */
  smtpTimeoutMs: number;
  /** pg-boss's schema (tests give each app its own). */
  jobsSchema: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Where the built web app lives; absent in tests that only use the API. */
  webRoot: string | undefined;
}

/** Reads the environment once at start-up and fails fast with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  if (e.FACTO_SMTP_URL && !e.FACTO_MAIL_FROM)
    throw new Error('Invalid configuration:\n  FACTO_MAIL_FROM: required with FACTO_SMTP_URL');
  const dataDir = path.resolve(e.FACTO_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir,
    publicUrl: e.FACTO_PUBLIC_URL,
    sessionTtlMs: e.FACTO_SESSION_DAYS * 24 * 3600 * 1000,
    sessionCacheMs: e.FACTO_SESSION_CACHE_MS,
    trustProxy: e.FACTO_TRUST_PROXY,
    secretKey: e.FACTO_SECRET_KEY,
    worker: e.FACTO_WORKER,
    supportEmails: e.FACTO_SUPPORT_EMAILS,
    sms: e.FACTO_SMS,
    smtpUrl: e.FACTO_SMTP_URL,
    mailFrom: e.FACTO_MAIL_FROM,
    smtpTimeoutMs: 30_000,
    jobsSchema: 'pgboss',
    logLevel: e.LOG_LEVEL,
    webRoot: undefined,
  };
}
