import type { AccountExport } from './account-export';

/**
 * The file an export is saved as: `profilekit-export-<id>-<YYYY-MM-DD>.json`, dated the day it
 * was made (UTC), the id cut to 64 safe characters. The server's `Content-Disposition` and the
 * components' download name it the same way.
 */
export function exportFileName(document: Pick<AccountExport, 'account' | 'exportedAt'>): string {
  const id = document.account.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
  return `profilekit-export-${id}-${document.exportedAt.slice(0, 10)}.json`;
}
