import { useMemo } from 'react';
import type { ComponentNamespace, ProfileKitMessages } from '../i18n/messages';
import type { LazyKit } from './lazy-kit';

/**
 * `useComponentMessages` for a lazy part: the namespace's English (which the part imports) with
 * what the provider's messages say for it, merged by the kit's `mergeMessages`.
 */
export function useKitMessages<N extends ComponentNamespace>(kit: Pick<LazyKit, 'messages' | 'mergeMessages'>, namespace: N, english: ProfileKitMessages[N]): ProfileKitMessages[N] {
  const given = kit.messages[namespace];
  return useMemo(() => kit.mergeMessages(english, given as never), [kit, english, given]);
}
