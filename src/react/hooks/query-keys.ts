/** TanStack Query keys of profilekit, for invalidation from the host app. */
export const profileKeys = {
  all: ['profilekit'] as const,
  config: () => [...profileKeys.all, 'config'] as const,
  me: () => [...profileKeys.all, 'me'] as const,
  user: (userId: string) => [...profileKeys.all, 'user', userId] as const,
  /** A profile: the viewer's own (`userId` absent) or another user's. */
  profile: (userId?: string) => (userId === undefined ? profileKeys.me() : profileKeys.user(userId)),
  audit: (userId: string) => [...profileKeys.all, 'audit', userId] as const,
  users: (query = '') => [...profileKeys.all, 'users', query] as const,
};
