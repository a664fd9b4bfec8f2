'use client';
// The client half: the provider with the HTTP adapter (it holds functions, so it cannot come from
// a server component as a prop). The page, a server component, renders profilekit's components
// inside it.
import type { ReactNode } from 'react';
import { ProfileKitProvider } from 'profilekit';
import { createHttpAdapter } from 'profilekit/adapters';

const adapter = createHttpAdapter({ baseUrl: '/api/profile' });

export function ProfileKitClient({ children }: { children: ReactNode }) {
  return <ProfileKitProvider adapter={adapter}>{children}</ProfileKitProvider>;
}
