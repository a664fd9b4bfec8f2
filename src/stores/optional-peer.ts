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
