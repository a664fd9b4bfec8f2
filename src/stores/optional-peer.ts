// Optional peers are imported as `import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'pg')`:
// an app's bundler (Next.js: Turbopack or webpack) then leaves the import to Node at run time
// instead of failing the build on a peer the app did not install (it never calls that factory).

/**
 * The error for an optional peer dependency that is not installed; any other failure to load it
 * (a broken native build, say) is returned unchanged.
 */
export function optionalPeerError(packageName: string, factory: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return error;
  return new Error(`${factory}() needs the optional peer dependency "${packageName}": run \`npm install ${packageName}\``, {
    cause: error,
  });
}
