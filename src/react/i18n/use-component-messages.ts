import { useMemo } from 'react';
import { mergeMessages, type ComponentNamespace, type DeepPartial, type ProfileKitMessages } from './messages';
import { useMessages } from './use-messages';

/**
 * A namespace that travels with its components (`accountStatus`, `account`, `users`): its
 * English, imported by the component that calls this (so it is in no other component's first
 * load), with whatever the provider's `messages` say for it (`fr`, an app's rewording).
 */
export function useComponentMessages<N extends ComponentNamespace>(namespace: N, english: ProfileKitMessages[N]): ProfileKitMessages[N] {
  const given = useMessages()[namespace] as DeepPartial<ProfileKitMessages[N]> | undefined;
  return useMemo(() => mergeMessages(english, given), [english, given]);
}
