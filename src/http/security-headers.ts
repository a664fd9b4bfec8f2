/**
 * The security headers of every answer, as data: exactly what the Express router's helmet
 * (v8) sets by default, so a route handler on any web-standard host (Next.js, msw) answers with
 * the same protection. An answer's own headers win (the verification page has a stricter CSP
 * and `X-Frame-Options: DENY`). `X-Powered-By` is the host's to drop (Next.js:
 * `poweredByHeader: false`). test/http/headers.test.ts checks this against the router.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';" +
    "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';" +
    'upgrade-insecure-requests',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
