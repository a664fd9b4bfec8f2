import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ProfileError, type ProfileAdapter } from '../../src/core';
import { ProfileKitProvider, profileKeys, useAudit, useFieldAccess, useProfile, useRequestEmailChange, useSaveProfile } from '../../src/react';
import { exampleAccounts } from '../../src/testing';
import { BACKEND_KINDS, createComponentBackend, failing, useMswServer } from '../support/component-backends';

useMswServer();

function wrapper(adapter: ProfileAdapter, queryClient?: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <ProfileKitProvider adapter={adapter} queryClient={queryClient}>
      {children}
    </ProfileKitProvider>
  );
}

describe.each(BACKEND_KINDS)('hooks over %s', (kind) => {
  it('useFieldAccess gives the self map on the own profile and the admin map on another user', async () => {
    const b = await createComponentBackend(kind);
    const own = renderHook(() => useFieldAccess(), { wrapper: wrapper(b.user) });
    await waitFor(() => expect(own.result.current.access).toBeDefined());
    expect(own.result.current.isSelf).toBe(true);
    expect(own.result.current.access!.billing).toBeUndefined();
    const other = renderHook(() => useFieldAccess(exampleAccounts.user.id), { wrapper: wrapper(b.admin) });
    await waitFor(() => expect(other.result.current.access).toBeDefined());
    expect(other.result.current.isSelf).toBe(false);
    expect(other.result.current.access!.billing).toMatchObject({ visible: true, editable: true });
  });

  it('a save refreshes the audit history of the user (cache invalidation after writes)', async () => {
    const b = await createComponentBackend(kind);
    const userId = exampleAccounts.user.id;
    const { result } = renderHook(() => ({ audit: useAudit(userId), save: useSaveProfile({ userId }), profile: useProfile(userId) }), {
      wrapper: wrapper(b.admin),
    });
    await waitFor(() => expect(result.current.audit.data && result.current.profile.data).toBeTruthy());
    const before = result.current.audit.data!.pages[0]!.items.length;
    await act(() => result.current.save.save({ company: 'Navy' }));
    await waitFor(() => expect(result.current.audit.data!.pages[0]!.items.length).toBe(before + 1));
    expect(result.current.audit.data!.pages[0]!.items[0]!.changes).toEqual([{ field: 'company', before: 'Harvard Mark I', after: 'Navy' }]);
  });

  it('an optimistic save shows at once and rolls back on failure', async () => {
    const b = await createComponentBackend(kind);
    let reject!: (error: unknown) => void;
    const adapter: ProfileAdapter = { ...b.user, updateProfile: () => new Promise((_, r) => (reject = r)) };
    const { result } = renderHook(() => ({ save: useSaveProfile({ optimistic: true }), profile: useProfile() }), { wrapper: wrapper(adapter) });
    await waitFor(() => expect(result.current.profile.data).toBeDefined());
    let outcome!: Promise<unknown>;
    act(() => {
      outcome = result.current.save.save({ company: 'Navy' }).catch((e: unknown) => e);
    });
    await waitFor(() => expect(result.current.profile.data!.company).toBe('Navy'));
    reject(new ProfileError('unavailable', 'down'));
    expect(await outcome).toMatchObject({ code: 'unavailable' });
    await waitFor(() => expect(result.current.profile.data!.company).toBe('Harvard Mark I'));
  });

  it('saves queue: the second save is based on the version the first produced', async () => {
    const b = await createComponentBackend(kind);
    const { result } = renderHook(() => ({ save: useSaveProfile({ optimistic: true }), profile: useProfile() }), { wrapper: wrapper(b.user) });
    await waitFor(() => expect(result.current.profile.data).toBeDefined());
    const [first, second] = await act(() => Promise.all([result.current.save.save({ company: 'A' }), result.current.save.save({ phone: '+1 555 0100' })]));
    expect([first.status, second.status]).toEqual(['saved', 'saved']);
    expect(await b.user.getProfile()).toMatchObject({ version: 3, company: 'A', phone: '+1 555 0100' });
  });

  it('uses the app’s QueryClient when given one', async () => {
    const b = await createComponentBackend(kind);
    const queryClient = new QueryClient();
    const { result } = renderHook(() => useProfile(), { wrapper: wrapper(b.user, queryClient) });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(queryClient.getQueryData(profileKeys.me())).toMatchObject({ email: exampleAccounts.user.email });
  });

  it('an email change request puts the new address in the cached profile as pending', async () => {
    const b = await createComponentBackend(kind);
    const { result } = renderHook(() => ({ request: useRequestEmailChange(), profile: useProfile() }), { wrapper: wrapper(b.user) });
    await waitFor(() => expect(result.current.profile.data).toBeDefined());
    await act(() => result.current.request.mutateAsync({ email: 'amazing@example.com', currentPassword: exampleAccounts.user.password }));
    await waitFor(() => expect(result.current.profile.data!.pendingEmail).toBe('amazing@example.com'));
  });

  it('failing() wraps one adapter method (the test helper the component tests use)', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'getProfile', new ProfileError('unavailable', 'down'), { times: 1 });
    await expect(adapter.getProfile()).rejects.toMatchObject({ code: 'unavailable' });
    await expect(adapter.getProfile()).resolves.toMatchObject({ id: exampleAccounts.user.id });
  });
});
