import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the router reads of an Express 5 request, and `get` for `authenticate`; Express's
 * `Request` has all of it. Spelled out
 * here rather than imported from express so that `profilekit/server`'s types never need express's:
 * an app that does not use the router (a Next.js app, a SQLite-only script) type-checks without
 * express or @types/express installed.
 */
export interface ExpressRequestLike extends IncomingMessage {
  /** The client address (Express reads `X-Forwarded-For` only when `trust proxy` trusts the peer). */
  ip?: string | undefined;
  /** Express 5's host (`X-Forwarded-Host` when trusted), with its port. */
  host?: string | undefined;
  /** `http` or `https` (`X-Forwarded-Proto` when trusted). */
  protocol: string;
  /** What a body parser in front of the router left (the router then reads this instead of the stream). */
  body?: unknown;
  /** A request header by name, any case (`req.get('authorization')`). */
  get(name: string): string | undefined;
}

/**
 * An Express middleware, as `createProfileRouter` returns it: `app.use('/api/profile', router)`.
 * `Req` is your app's request type (see `ProfileRouterOptions.authenticate`).
 */
export type ProfileRequestHandler<Req extends ExpressRequestLike = ExpressRequestLike> = (
  req: Req,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => Promise<void>;
