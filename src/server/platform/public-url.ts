import type { Config } from '../config.js';

type UrlConfig = Pick<Config, 'publicUrl' | 'host' | 'port'>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/** A host only this machine reaches (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The one address Facto gives out for itself (e-mail links, document links, the PEPPOL
 * webhook, the Origin check): `FACTO_PUBLIC_URL` without its trailing slash; else the address
 * a browser used for this request, when there is one; else this server as it listens
 * (`http://localhost:<port>`, or its interface when it listens on a single non-loopback one).
 * `config.port` is the port actually listened on (main.ts updates it when PORT=0).
 */
export function publicBaseUrl(config: UrlConfig, requestOrigin?: string): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  if (requestOrigin) return requestOrigin;
  const host =
    isLoopbackHost(config.host) || WILDCARD_HOSTS.has(config.host)
      ? 'localhost'
      : config.host.includes(':') && !config.host.startsWith('[')
        ? `[${config.host}]`
        : config.host;
  return `http://${host}:${config.port}`;
}

/** The origin (scheme, host, port) of {@link publicBaseUrl}: what the Origin header must say. */
export function publicOrigin(config: UrlConfig): string {
  return new URL(publicBaseUrl(config)).origin;
}

/**
 * Why links would be wrong in production: said once at start when `FACTO_PUBLIC_URL` is unset
 * and the server runs in production (NODE_ENV=production) or listens beyond this machine.
 */
export function publicUrlWarning(
  config: UrlConfig,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (config.publicUrl) return undefined;
  if (env.NODE_ENV !== 'production' && isLoopbackHost(config.host)) return undefined;
  return (
    `FACTO_PUBLIC_URL is not set: links in e-mails and documents will point to ` +
    `${publicBaseUrl(config)}. Set it to the address your users open (https://facto.example.be).`
  );
}
