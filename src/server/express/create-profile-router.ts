import type { ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { Viewer } from '../../core';
import type { ProfileHandlerOptions } from '../../http';
import { errorAnswer } from '../../http/http-responses';
import { createProfileDispatcher } from '../../http/profile-dispatcher';
import { createWriteRateLimit, type WriteRateLimitOptions } from '../rate-limit/create-write-rate-limit';
import type { ExpressRequestLike, ProfileRequestHandler } from './express-types';
import { fromNodeRequest } from './from-node-request';
import { sendAnswer } from './send-answer';

export interface ProfileRouterOptions<Req extends ExpressRequestLike = ExpressRequestLike> extends Omit<ProfileHandlerOptions, 'basePath'> {
  /**
   * Who is asking: your session or token check. Return `null` for nobody (the routes then answer
   * 401). Authentication belongs to your app; profilekit only reads `userId` and `roles`.
   * Annotate the parameter with your request type (`(req: express.Request) => ...`) to read
   * what your middleware added (a session, a user); unannotated it has the fields the router
   * reads, `headers` among them.
   */
  authenticate(req: Req): Viewer | null | Promise<Viewer | null>;
  /** helmet's options, or `false` when your app already applies helmet. Default: helmet's defaults. */
  helmet?: HelmetOptions | false;
  /**
   * The write rate limit (POST, PATCH, PUT, DELETE), keyed by the signed-in account (by client
   * address, `req.ip`, only for signed-out writes, never by a client-supplied header); `false` to
   * switch it off. The same rule as `profilekit/next`'s. The per-account throttles of the service
   * (wrong passwords, verification mail) apply regardless.
   */
  rateLimit?: WriteRateLimitOptions | false;
}

type Middleware = (req: ExpressRequestLike, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Runs a Connect-style middleware: true when it passed the request on, false when it answered
 * it. helmet calls `next` synchronously: then no promise or `finish` listener is made.
 */
function run(middleware: Middleware, req: ExpressRequestLike, res: ServerResponse): boolean | Promise<boolean> {
  let settled: { error?: unknown } | undefined;
  let later: ((error?: unknown) => void) | undefined;
  middleware(req, res, (error?: unknown) => {
    if (later) later(error);
    else settled = { error };
  });
  if (settled) {
    if (settled.error) throw settled.error;
    return true;
  }
  if (res.writableEnded) return false;
  return new Promise((resolve, reject) => {
    const answered = () => resolve(false);
    res.once('finish', answered);
    later = (error?: unknown) => {
      res.off('finish', answered);
      if (error) reject(error);
      else resolve(true);
    };
  });
}

/**
 * The Express 5 router of the HTTP contract: `app.use('/api/profile', createProfileRouter({ service,
 * authenticate }))`, mountable at any path. It adds helmet, a write rate limit per account and
 * `Cache-Control: no-store`, then runs the contract of `createProfileHandler` on Node's request
 * and response directly (no web `Request`/`Response` in between). Mount it before any body
 * parser (it reads the body itself, with its size limit). It needs no express import, at run
 * time or in its types.
 */
export function createProfileRouter<Req extends ExpressRequestLike = ExpressRequestLike>(
  options: ProfileRouterOptions<Req>,
): ProfileRequestHandler<Req> {
  const dispatch = createProfileDispatcher(options);
  const onError = options.onError ?? ((error: unknown) => console.error('profilekit: unexpected error', error));
  const security: Middleware | null = options.helmet === false ? null : helmet(options.helmet);
  const limit = createWriteRateLimit(options.rateLimit);

  return async (req, res, next) => {
    try {
      if (security && !(await run(security, req, res))) return;
      const viewer = await options.authenticate(req);
      const verdict = limit ? await limit({ method: req.method ?? 'GET', viewer, clientAddress: req.ip ?? null }) : null;
      const answer = verdict?.refusal ? errorAnswer(verdict.refusal, onError) : await dispatch(fromNodeRequest(req), viewer);
      sendAnswer(res, verdict ? { ...answer, headers: { ...answer.headers, ...verdict.headers } } : answer);
    } catch (error) {
      // A failing authenticate or rate-limit store still gets the contract's JSON 500, never
      // Express's HTML error page (which shows a stack outside production).
      if (res.headersSent) return next(error);
      sendAnswer(res, errorAnswer(error, onError));
    }
  };
}
