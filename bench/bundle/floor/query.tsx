// @tanstack/react-query: a client, its provider, one query and one mutation.
import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

export interface FloorProfile {
  name: string;
  email: string;
  phone?: string;
}

type Render = (profile: FloorProfile, save: (values: FloorProfile) => void) => ReactNode;

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

function FloorQueryInner({ children }: { children: Render }) {
  const client = useQueryClient();
  const profile = useQuery({ queryKey: ['me'], queryFn: () => fetchJson<FloorProfile>('/api/me') });
  const save = useMutation({
    mutationFn: (values: FloorProfile) => fetchJson<FloorProfile>('/api/me', { method: 'PATCH', body: JSON.stringify(values) }),
    onSuccess: (saved) => client.setQueryData(['me'], saved),
  });
  if (profile.isPending) return <p>Loading…</p>;
  if (profile.isError) return <p role="alert">{profile.error.message}</p>;
  return <>{children(profile.data, (values) => save.mutate(values))}</>;
}

export function FloorQuery({ children }: { children: Render }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={client}>
      <FloorQueryInner>{children}</FloorQueryInner>
    </QueryClientProvider>
  );
}
