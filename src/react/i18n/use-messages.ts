import { useContext } from 'react';
import { ProfileKitI18nContext } from '../provider/profile-kit-context';
import type { ProfileKitMessages } from './messages';

/** The messages of the nearest provider (English by default). */
export function useMessages(): ProfileKitMessages {
  return useContext(ProfileKitI18nContext).messages;
}
