import { createContext } from 'react';
import type { ProfileAdapter } from '../../core';

export const ProfileKitContext = createContext<ProfileAdapter | null>(null);
