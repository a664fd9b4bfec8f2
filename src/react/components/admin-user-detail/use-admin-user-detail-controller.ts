import { useCallback, useId, useMemo, useState } from 'react';
import { createPatchSchema } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import type { DetailContext } from './detail-context';
import { useInlineSaver } from './use-inline-saver';

/** `AdminUserDetail`'s root `data-state`; each row keeps its own (see `InlineField`). */
export type AdminUserDetailState = 'loading' | 'error' | 'ready';

/**
 * The screen's state once loaded: the one inline saver all rows share, the context they read,
 * the live announcement and the failure of an "overwrite with mine".
 */
export function useAdminUserDetailController(userId: string, { config, access, isSelf }: LoadedProfile) {
  const fmt = useFormatters();
  const idPrefix = `pk-aud${useId()}`;
  const [status, setStatus] = useState('');
  const [overwriteError, setOverwriteError] = useState<string | null>(null);
  const inline = useInlineSaver(userId, { onOverwriteError: (error) => setOverwriteError(fmt.error(error)) });
  const schema = useMemo(() => createPatchSchema(config, access), [config, access]);
  // The same message twice in a row must be announced twice: make the text differ.
  const announce = useCallback((message: string) => {
    setOverwriteError(null);
    setStatus((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);
  const { saveField, setEmail, currentProfile, currentVersion } = inline;
  const ctx = useMemo<DetailContext>(
    () => ({ userId, isSelf, config, schema, saveField, setEmail, currentProfile, currentVersion, announce }),
    [userId, isSelf, config, schema, saveField, setEmail, currentProfile, currentVersion, announce],
  );
  return { state: 'ready' as AdminUserDetailState, idPrefix, ctx, status, overwriteError, inline };
}

export type AdminUserDetailController = ReturnType<typeof useAdminUserDetailController>;
