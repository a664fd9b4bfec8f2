/** TanStack Query keys of profilekit, for invalidation from the host app. */
export const profileKeys = {
  all: ['profilekit'] as const,
  config: () => [...profileKeys.all, 'config'] as const,
  me: () => [...profileKeys.all, 'me'] as const,
  user: (userId: string) => [...profileKeys.all, 'user', userId] as const,
};
