// `scheme://authority`, nothing more: a browser's Origin header never has a path, a query, a
// trailing slash or user info, so anything that does is not one.
const ORIGIN_SHAPE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\\\s]+$/i;

/**
 * An `Origin` header (or an allowed origin as configured) in its one comparable form: lower-case
 * scheme and host, default port dropped (`https://A.test:443` -> `https://a.test`). `null` for
 * `null`, for anything that is not exactly an http(s) origin, and for a malformed one.
 */
export function parseOrigin(value: string): string | null {
  if (!ORIGIN_SHAPE.test(value) || !URL.canParse(value)) return null;
  const { protocol, origin } = new URL(value);
  return protocol === 'https:' || protocol === 'http:' ? origin : null;
}

/** The origin of a configured public URL (`https://app.example.com/base/` -> `https://app.example.com`). */
export function originOfUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new TypeError(`profilekit: publicUrl must be an http(s) URL, got ${JSON.stringify(url)}`);
  }
  return parsed.origin;
}
