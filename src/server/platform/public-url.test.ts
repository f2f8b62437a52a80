import { describe, expect, it } from 'vitest';
import { publicBaseUrl, publicUrlWarning } from './public-url.js';

describe('the public address Facto gives out', () => {
  const config = { publicUrl: undefined, host: '127.0.0.1', port: 4567 };

  it('is FACTO_PUBLIC_URL, else the browser’s origin, else this server on its real port', () => {
    expect(publicBaseUrl({ ...config, publicUrl: 'https://facto.example.be/' })).toBe(
      'https://facto.example.be',
    );
    expect(publicBaseUrl(config, 'http://192.168.1.5:4567')).toBe('http://192.168.1.5:4567');
    expect(publicBaseUrl(config)).toBe('http://localhost:4567');
    expect(publicBaseUrl({ ...config, host: '0.0.0.0' })).toBe('http://localhost:4567');
    expect(publicBaseUrl({ ...config, host: '10.1.2.3' })).toBe('http://10.1.2.3:4567');
    expect(publicBaseUrl({ ...config, host: 'fd00::1' })).toBe('http://[fd00::1]:4567');
  });

  it('warns in production or beyond this machine when FACTO_PUBLIC_URL is unset', () => {
    expect(publicUrlWarning(config, {})).toBeUndefined();
    expect(publicUrlWarning({ ...config, publicUrl: 'https://facto.example.be' }, {})).toBe(
      undefined,
    );
    const warning =
      'FACTO_PUBLIC_URL is not set: links in e-mails and documents will point to http://localhost:4567. ' +
      'Set it to the address your users open (https://facto.example.be).';
    expect(publicUrlWarning(config, { NODE_ENV: 'production' })).toBe(warning);
    expect(publicUrlWarning({ ...config, host: '0.0.0.0' }, {})).toBe(warning);
  });
});
