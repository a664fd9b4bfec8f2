import type { Viewer } from '../core';
import { fromWebRequest } from './http-exchange';
import { createProfileDispatcher } from './profile-dispatcher';
import type { ProfileHandlerOptions } from './profile-handler-options';
import { securedWebResponse } from './secured-web-response';

/** A web-standard request handler: `(request, viewer) => response`. */
export type ProfileHandler = (request: Request, viewer: Viewer | null) => Promise<Response>;

/**
 * The HTTP contract in one place, on web-standard Request/Response: msw handlers and Next.js
 * route handlers call it, and the Express router runs the very same contract on Node's request
 * and response. It translates; the service decides. Errors are JSON `{ error: { code, message,
 * fields?, issues?, moreFields? } }` (`issues`: each field's problem by id) with the status of
 * their code; bad input is always a 4xx, never a 500 or a stack trace. Every response carries
 * the security headers the router's helmet adds by default (`SECURITY_HEADERS`), so every host
 * gets the same protection.
 */
export function createProfileHandler(options: ProfileHandlerOptions): ProfileHandler {
  // The contract itself runs on a transport-neutral request and answer (./profile-dispatcher);
  // the Express router feeds it Node's request directly, with helmet for the security headers.
  const dispatch = createProfileDispatcher(options);
  return async (request, viewer) => securedWebResponse(await dispatch(fromWebRequest(request), viewer));
}
