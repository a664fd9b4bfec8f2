import { useState } from 'react';
import type { ProfilePatch } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import type { DetailContext } from './detail-context';
import { saveErrorMessage } from './save-error-message';

/**
 * A row's save outside its inline editor (revoke, remove, add): busy while it runs, then the
 * failure in the viewer's language, or "unresolved" when the conflict dialog closed without a choice.
 */
export function useRowSave(ctx: DetailContext) {
  const fmt = useFormatters();
  const { common } = useMessages();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (patch: ProfilePatch, basedOn: number | undefined, path: string, onSaved: () => void) => {
    setBusy(true);
    setError(null);
    ctx.saveField(patch, basedOn).then(
      (result) => {
        setBusy(false);
        if (result.status === 'dismissed') setError(common.conflict.unresolved);
        if (result.status === 'saved') onSaved();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(saveErrorMessage(failure, path, fmt));
      },
    );
  };

  return { busy, error, setError, run };
}
