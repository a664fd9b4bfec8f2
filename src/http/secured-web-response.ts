import { toWebResponse, type HttpAnswer } from './http-exchange';
import { SECURITY_HEADERS } from './security-headers';

/** An answer as a web `Response`, with the security headers every answer carries (its own win). */
export function securedWebResponse(answer: HttpAnswer): Response {
  return toWebResponse({ ...answer, headers: { ...SECURITY_HEADERS, ...answer.headers } });
}
