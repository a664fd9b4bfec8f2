import type { Response as ExpressResponse } from 'express';

/** Writes a web `Response` to Express (headers it sets win over earlier middleware's). */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.end(body);
}
