/**
 * The query-string parser: like Fastify's, but a value that is not valid percent-encoded UTF-8
 * (`%ED%A0%80`, a lone surrogate sent by a careless client) becomes a lone surrogate instead of
 * being kept raw, so the contract's text, enum and id schemas refuse it with a field message.
 */
export function parseQueryString(raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<
    string,
    string | string[]
  >;
  for (const pair of raw.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = at < 0 ? '' : decode(pair.slice(at + 1));
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

const UNDECODABLE = '\ud800';

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return UNDECODABLE;
  }
}
