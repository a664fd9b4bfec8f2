import type { Route } from './route';

export type RouteMatch =
  | { route: Route; params: Record<string, string> }
  | { route: null; allowed: string[] };

// A route's pattern split once, not on every request.
const segmentsOf = new Map<string, string[]>();

function matchPath(pattern: string, got: readonly string[]): Record<string, string> | null {
  let want = segmentsOf.get(pattern);
  if (!want) segmentsOf.set(pattern, (want = pattern.split('/').filter(Boolean)));
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(g);
      } catch {
        return null;
      }
      params[w.slice(1)] = value;
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

/** The route for `method` + `path`, or the methods the path does allow (empty: no such path). HEAD is GET. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const allowed: string[] = [];
  const got = path.split('/').filter(Boolean);
  for (const route of routes) {
    const params = matchPath(route.path, got);
    if (!params) continue;
    if (route.method === wanted) return { route, params };
    allowed.push(route.method);
  }
  return { route: null, allowed };
}
