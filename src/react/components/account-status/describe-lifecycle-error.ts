import type { ProfileError } from '../../../core/browser';
import { formatDuration } from '../../i18n/format-duration';
import type { useFormatters } from '../../i18n/use-formatters';

/** What `describeLifecycleError` needs of the formatters (`useFormatters`). */
export type ErrorFormatters = Pick<ReturnType<typeof useFormatters>, 'locale' | 'format' | 'fieldErrors' | 'error'>;

/**
 * What to tell the user when a lifecycle step failed: a rate limit with the wait in words ("Try
 * again in 50 minutes": an export's hourly throttle can be long), a refused state by its issue
 * id (`deletionScheduled`, `alreadySuspended`…) in the viewer's language, else the code's
 * message. `rateLimited` is the template with `{wait}`. A plain function (the error read by its
 * `code`), so that a lazy part can use it without importing what a first load holds.
 */
export function describeLifecycleError(error: unknown, fmt: ErrorFormatters, rateLimited: string): string {
  const failure = error as Partial<ProfileError> | null;
  if (failure?.code === 'rate_limited' && typeof failure.retryAfter === 'number') {
    return fmt.format(rateLimited, { wait: formatDuration(failure.retryAfter * 1000, fmt.locale, 'up') });
  }
  if (failure?.code === 'invalid_state') return fmt.fieldErrors(failure).status ?? fmt.error(error);
  return fmt.error(error);
}
