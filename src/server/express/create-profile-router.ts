import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import helmet, { type HelmetOptions } from 'helmet';
import { ProfileError, type Viewer } from '../../core';
import { SAFE_METHODS, type ProfileHandlerOptions } from '../../http';
import { errorAnswer } from '../../http/http-responses';
import { createProfileDispatcher } from '../../http/profile-dispatcher';
import { fromNodeRequest } from './from-node-request';
import { sendAnswer } from './send-answer';

export interface WriteRateLimitOptions {
  /** Default 60 writes ... */
  limit?: number;
  /** ... per minute. */
  windowMs?: number;
  /**
   * Where counts live. Default: in this process. With several instances pass a shared store,
   * e.g. `new RedisStore({ sendCommand: (...args) => client.sendCommand(args) })` from
   * rate-limit-redis (connect the client first).
   */
  store?: Store;
}

export interface ProfileRouterOptions extends Omit<ProfileHandlerOptions, 'basePath'> {
  /**
   * Who is asking: your session or token check. Return `null` for nobody (the routes then answer
   * 401). Authentication belongs to your app; profilekit only reads `userId` and `roles`.
   */
  authenticate(req: Request): Viewer | null | Promise<Viewer | null>;
  /** helmet's options, or `false` when your app already applies helmet. Default: helmet's defaults. */
  helmet?: HelmetOptions | false;
  /**
   * express-rate-limit on writes (POST, PATCH, DELETE), keyed by the signed-in account (by
   * client address only for signed-out writes, never by a client-supplied header); `false` to
   * switch it off. The per-account throttles of the service (wrong passwords, verification
   * mail) apply regardless.
   */
  rateLimit?: WriteRateLimitOptions | false;
}

type Middleware = (req: Request, res: Response, next: (error?: unknown) => void) => void;

/**
 * Runs an Express middleware: true when it passed the request on, false when it answered it.
 * helmet calls `next` synchronously: then no promise or `finish` listener is made.
 */
function run(middleware: Middleware, req: Request, res: Response): boolean | Promise<boolean> {
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
 * parser (it reads the body itself, with its size limit).
 */
export function createProfileRouter(options: ProfileRouterOptions): RequestHandler {
  const dispatch = createProfileDispatcher(options);
  const onError = options.onError ?? ((error: unknown) => console.error('profilekit: unexpected error', error));
  const security: Middleware | null = options.helmet === false ? null : helmet(options.helmet);
  const limits = options.rateLimit === false ? null : (options.rateLimit ?? {});
  const limiter: Middleware | null = limits
    ? rateLimit({
        windowMs: limits.windowMs ?? 60_000,
        limit: limits.limit ?? 60,
        store: limits.store,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        skip: (req) => SAFE_METHODS.has(req.method),
        keyGenerator: (req, res) => {
          const viewer = res.locals.profilekitViewer as Viewer | null;
          return viewer ? `account:${viewer.userId}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
        },
        handler: (req, res) => {
          const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
          const retryAfter = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
          sendAnswer(res, errorAnswer(new ProfileError('rate_limited', 'Too many changes; slow down', { retryAfter }), onError));
        },
      })
    : null;

  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (security && !(await run(security, req, res))) return;
      const viewer = await options.authenticate(req);
      res.locals.profilekitViewer = viewer;
      if (limiter && !(await run(limiter, req, res))) return;
      sendAnswer(res, await dispatch(fromNodeRequest(req), viewer));
    } catch (error) {
      // A failing authenticate or rate-limit store still gets the contract's JSON 500, never
      // Express's HTML error page (which shows a stack outside production).
      if (res.headersSent) return next(error);
      sendAnswer(res, errorAnswer(error, onError));
    }
  };
}
