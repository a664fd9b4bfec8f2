import { useRef, useState } from 'react';
import type { AccountExport } from '../../../core/browser';
import { useExportAccount } from '../../hooks/use-export-account';
import { useLifecycleError } from '../account-status/use-lifecycle-error';
import { saveExport } from './save-export';

/**
 * `AccountDataExport`'s root `data-state`: `loading` / `error` (the profile or config could not
 * load), then `idle`, `exporting` (the file is being prepared), `done` (the browser has it),
 * `failed` (rate limited, offline…: said in an alert).
 */
export type AccountDataExportState = 'loading' | 'error' | 'idle' | 'exporting' | 'done' | 'failed';

/**
 * Owns an export: fetches the document (the viewer's own, or `userId`'s for an admin), hands it
 * to the browser as `profilekit-export-<id>-<date>.json` (`saveExport`, which AdminUserDetail's
 * "Download data" uses too), and says how it went. A second press while one runs does nothing.
 */
export function useAccountDataExportController(userId?: string, onExported?: (document: AccountExport) => void) {
  const mutation = useExportAccount(userId);
  const describe = useLifecycleError();
  const [file, setFile] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const inFlight = useRef(false);
  const start = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setAlert(null);
    setFile(null);
    try {
      const document = await mutation.mutateAsync();
      setFile(saveExport(document));
      onExported?.(document);
    } catch (error) {
      setAlert(describe(error));
    } finally {
      inFlight.current = false;
    }
  };
  const busy = mutation.isPending;
  const state: AccountDataExportState = busy ? 'exporting' : alert ? 'failed' : file ? 'done' : 'idle';
  return { state, busy, alert, file, start };
}
