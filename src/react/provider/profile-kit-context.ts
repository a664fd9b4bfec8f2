import { createContext } from 'react';
import type { ProfileAdapter } from '../../core/browser';
import { en } from '../i18n/locales/en';
import type { ProfileKitMessages } from '../i18n/messages';

export const ProfileKitContext = createContext<ProfileAdapter | null>(null);

export interface ProfileKitI18n {
  messages: ProfileKitMessages;
  /** BCP 47 tag for Intl formatting. */
  locale: string;
}

export const ProfileKitI18nContext = createContext<ProfileKitI18n>({ messages: en, locale: 'en' });
