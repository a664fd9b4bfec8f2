import type { ProfileService } from '../service';

export interface ProfileHandlerOptions {
  service: ProfileService;
  /**
   * The path prefix the routes sit under, as it appears in `request.url`: `''` (the default)
   * when the framework strips the mount path (Express), `'/api/profile'` for a Next.js route
   * handler at `app/api/profile/[...path]/route.ts`.
   */
  basePath?: string;
  /** Request body limit in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
  /**
   * Other origins allowed to call the API, e.g. `['https://app.example.com']`: their writes are
   * accepted (even when the browser marks them cross-site) and they get CORS headers
   * (credentials allowed) and preflight answers. Default: none, same-origin only.
   */
  allowedOrigins?: string[];
  /**
   * The public URL the API is reached at, e.g. `'https://app.example.com'` (only its origin is
   * read). Every write whose `Origin` header is present must come from this origin (scheme, host
   * and port) or one of `allowedOrigins`: others, `null` included, are refused with 403. Default:
   * the origin the request was addressed to (the URL of a web `Request`; for Express,
   * `req.protocol` and `req.host`, so set `trust proxy` behind a proxy). Set it when a proxy
   * rewrites the Host header.
   */
  publicUrl?: string;
  /** Told about unexpected failures (answered as a bare 500). Default: `console.error`. */
  onError?: (error: unknown) => void;
}
