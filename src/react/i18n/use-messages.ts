import { useContext } from 'react';
import { ProfileKitI18nContext } from '../provider/profile-kit-context';
import type { SharedMessages } from './messages';

/**
 * The messages of the nearest provider (English by default). The namespaces that travel with
 * their components hold only what the app gave: read them with `useComponentMessages`.
 */
export function useMessages(): SharedMessages {
  return useContext(ProfileKitI18nContext).messages;
}
