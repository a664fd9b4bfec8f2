import { useCallback } from 'react';
import { isProfileError } from '../../../core/browser';
import { formatDuration } from '../../i18n/format-duration';
import { accountStatus } from '../../i18n/locales/en/account-status';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';

/**
 * What to tell the user when a lifecycle step failed: a rate limit with the wait in words ("Try
 * again in 50 minutes", an export's hourly throttle can be long), a refused state by its issue
 * id (`deletionScheduled`, `alreadySuspended`…) in the viewer's language, else the code's message.
 */
export function useLifecycleError() {
  const { rateLimited } = useComponentMessages('accountStatus', accountStatus);
  const fmt = useFormatters();
  return useCallback(
    (error: unknown): string => {
      if (!isProfileError(error)) return fmt.error(error);
      if (error.code === 'rate_limited' && error.retryAfter !== undefined) {
        return fmt.format(rateLimited, { wait: formatDuration(error.retryAfter * 1000, fmt.locale, 'up') });
      }
      if (error.code === 'invalid_state') return fmt.fieldErrors(error).status ?? fmt.error(error);
      return fmt.error(error);
    },
    [fmt, rateLimited],
  );
}
