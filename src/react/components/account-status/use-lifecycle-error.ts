import { useCallback } from 'react';
import { accountStatus } from '../../i18n/locales/en/account-status';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { describeLifecycleError } from './describe-lifecycle-error';

/** `describeLifecycleError` with the provider's formatters and words: `(error) => message`. */
export function useLifecycleError() {
  const { rateLimited } = useComponentMessages('accountStatus', accountStatus);
  const fmt = useFormatters();
  return useCallback((error: unknown): string => describeLifecycleError(error, fmt, rateLimited), [fmt, rateLimited]);
}
