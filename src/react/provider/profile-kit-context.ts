import { createContext } from 'react';
import type { ProfileAdapter } from '../../core/browser';
import { enShared } from '../i18n/locales/en/shared';
import type { SharedMessages } from '../i18n/messages';

export const ProfileKitContext = createContext<ProfileAdapter | null>(null);

export interface ProfileKitI18n {
  messages: SharedMessages;
  /** BCP 47 tag for Intl formatting. */
  locale: string;
}

export const ProfileKitI18nContext = createContext<ProfileKitI18n>({ messages: enShared, locale: 'en' });
