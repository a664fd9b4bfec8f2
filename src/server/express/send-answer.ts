import type { ServerResponse } from 'node:http';
import type { HttpAnswer } from '../../http/http-exchange';

/**
 * Writes the handler's answer on Node's response (its headers win over earlier middleware's),
 * the body as the string it was serialised to: no web `Response` to read back.
 */
export function sendAnswer(res: ServerResponse, answer: HttpAnswer): void {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  if (answer.body === null) res.end();
  else res.end(answer.body);
}
