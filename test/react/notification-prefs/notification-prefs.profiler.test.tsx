import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineProfileConfig } from '../../../src/core';
import type { NotificationSwitchProps } from '../../../src/react/components/notification-prefs/notification-switch';
import { NotificationPrefs } from '../../../src/react';
import { exampleConfigInput } from '../../../src/testing';
import { createComponentBackend, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';

useMswServer();

/** Commits per switch, keyed `channel.topic`, as React's Profiler reports them. */
const commits = vi.hoisted(() => new Map<string, number>());

// The real switch (same component, same memo comparison), with a Profiler inside its memo
// boundary: the Profiler reports a commit only when the switch itself rendered.
vi.mock('../../../src/react/components/notification-prefs/notification-switch', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/react/components/notification-prefs/notification-switch')>();
  const { Profiler, createElement, memo } = await import('react');
  const memoized = real.NotificationSwitch as unknown as {
    type: (props: NotificationSwitchProps) => React.ReactNode;
    compare: ((a: NotificationSwitchProps, b: NotificationSwitchProps) => boolean) | null;
  };
  const Profiled = (props: NotificationSwitchProps) =>
    createElement(
      Profiler,
      { id: `${props.channel}.${props.topic}`, onRender: (id: string) => commits.set(id, (commits.get(id) ?? 0) + 1) },
      createElement(memoized.type, props),
    );
  return { ...real, NotificationSwitch: memo(Profiled, memoized.compare ?? undefined) };
});

const channels = ['email', 'sms', 'push'];
const topics = ['security', 'billing', 'workouts', 'friends', 'tips', 'offers'];
const config = defineProfileConfig({
  ...exampleConfigInput,
  notifications: {
    channels: channels.map((id) => ({ id, label: id.toUpperCase() })),
    topics: topics.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1), mandatory: id === 'security', default: id !== 'offers' })),
  },
});

const others = (key: string) => [...commits].filter(([id, n]) => id !== key && n > 0).map(([id]) => id);

describe('NotificationPrefs in a 3 x 6 grid', () => {
  beforeEach(() => commits.clear());

  it.each(['instant', 'save-button'] as const)('toggling one switch (%s) renders no other switch', async (mode) => {
    const b = await createComponentBackend('memory', { config });
    const onSaved = vi.fn();
    const { user, container } = renderWithProfileKit(<NotificationPrefs mode={mode} onSaved={onSaved} />, { adapter: b.user });
    expect(await screen.findAllByRole('switch', {}, { timeout: 5000 })).toHaveLength(18);
    await waitFor(() => expect(commits.size).toBe(18));
    commits.clear();

    await user.click(screen.getByRole('switch', { name: 'Tips by SMS' }));
    if (mode === 'save-button') await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(container.querySelector('[data-pk-component="notification-prefs"]')).toHaveAttribute('data-state', 'saved'));

    expect(screen.getByRole('switch', { name: 'Tips by SMS' })).not.toBeChecked();
    expect(commits.get('sms.tips')).toBeGreaterThan(0);
    expect(others('sms.tips')).toEqual([]);
  });

  it('with a switch left unsaved after a conflict, toggling another renders no other switch', async () => {
    const b = await createComponentBackend('memory', { config });
    const onSaved = vi.fn();
    const { user } = renderWithProfileKit(<NotificationPrefs onSaved={onSaved} />, { adapter: b.user });
    expect(await screen.findAllByRole('switch', {}, { timeout: 5000 })).toHaveLength(18);
    await b.user.updateProfile({ notifications: { push: { offers: true } } }, 1); // another tab
    await user.click(screen.getByRole('switch', { name: 'Tips by SMS' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('switch', { name: 'Tips by SMS' })).toHaveAccessibleDescription(expect.stringContaining('not saved yet'));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Offers by PUSH' })).toBeChecked()); // theirs, brought in
    commits.clear();

    await user.click(screen.getByRole('switch', { name: 'Billing by EMAIL' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('switch', { name: 'Tips by SMS' })).not.toBeChecked(); // still the unsaved choice
    expect(within(screen.getByRole('table')).getByRole('switch', { name: 'Billing by EMAIL' })).not.toBeChecked();
    expect(commits.get('email.billing')).toBeGreaterThan(0);
    expect(others('email.billing')).toEqual([]);
  });
});
