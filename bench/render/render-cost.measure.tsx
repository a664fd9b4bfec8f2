// Render cost, counted with React's Profiler (deterministic: counts, not times). Prints and
// writes JSON; bench/run.ts puts it in BENCHMARKS.md. Each figure is recorded even when the
// component misbehaves (a failed measurement records its error instead of stopping the others).
import { screen, waitFor, within } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ProfilerOnRenderCallback } from 'react';
import { afterAll, beforeEach, describe, it, vi } from 'vitest';
import { defineProfileConfig } from '../../src/core';
import { AdminUserDetail, NotificationPrefs, ProfileForm } from '../../src/react';
import type { NotificationSwitchProps } from '../../src/react/components/notification-prefs/notification-switch';
import { RowRenderProbe } from '../../src/react/components/admin-user-detail/row-render-probe';
import { exampleConfigInput } from '../../src/testing';
import { exampleAccounts } from '../../src/testing/fixtures/example-accounts';
import { createComponentBackend } from '../../test/support/component-backends';
import { renderWithProfileKit } from '../../test/support/render';

const counts = vi.hoisted(() => ({ fields: new Map<string, number>(), root: 0, switches: new Map<string, number>() }));
const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);

// ProfileForm: every field component wrapped (same props, same memo) in a <Profiler id={name}>;
// the form root renders <FormAlert> on each of its renders, so FormAlert renders count root renders.
vi.mock('../../src/react/components/profile-form/profile-field', async (importOriginal) => {
  const React = await import('react');
  const actual = await importOriginal<typeof import('../../src/react/components/profile-form/profile-field')>();
  const ProfileField = React.memo((props: Parameters<typeof actual.ProfileField>[0]) =>
    React.createElement(React.Profiler, { id: props.name, onRender: (id: string) => bump(counts.fields, id) }, React.createElement(actual.ProfileField, props)),
  );
  return { ...actual, ProfileField };
});
vi.mock('../../src/react/components/profile-form/custom-field', async (importOriginal) => {
  const React = await import('react');
  const actual = await importOriginal<typeof import('../../src/react/components/profile-form/custom-field')>();
  const CustomField = React.memo((props: Parameters<typeof actual.CustomField>[0]) =>
    React.createElement(React.Profiler, { id: props.name, onRender: (id: string) => bump(counts.fields, id) }, React.createElement(actual.CustomField, props)),
  );
  return { ...actual, CustomField };
});
vi.mock('../../src/react/ui/form-alert', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/react/ui/form-alert')>();
  return {
    ...actual,
    FormAlert: (props: Parameters<typeof actual.FormAlert>[0]) => {
      counts.root += 1;
      return actual.FormAlert(props);
    },
  };
});
// NotificationPrefs: the real switch (same memo comparison) with a Profiler inside its memo boundary.
vi.mock('../../src/react/components/notification-prefs/notification-switch', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/react/components/notification-prefs/notification-switch')>();
  const { Profiler, createElement, memo } = await import('react');
  const memoized = real.NotificationSwitch as unknown as {
    type: (props: NotificationSwitchProps) => React.ReactNode;
    compare: ((a: NotificationSwitchProps, b: NotificationSwitchProps) => boolean) | null;
  };
  const Profiled = (props: NotificationSwitchProps) =>
    createElement(Profiler, { id: `${props.channel}.${props.topic}`, onRender: (id: string) => bump(counts.switches, id) }, createElement(memoized.type, props));
  return { ...real, NotificationSwitch: memo(Profiled, memoized.compare ?? undefined) };
});

type Figure = Record<string, unknown> & { error?: string };
const results: Record<string, Figure> = {};

async function record(id: string, measure: () => Promise<Figure>) {
  try {
    results[id] = await measure();
  } catch (error) {
    results[id] = { error: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error) };
  }
}

const TYPED = 'twenty characters!!!';
const others = (map: Map<string, number>, own: string) => Object.fromEntries([...map].filter(([id, n]) => id !== own && n > 0));
const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('render cost', () => {
  beforeEach(() => {
    counts.fields.clear();
    counts.switches.clear();
    counts.root = 0;
  });

  afterAll(() => {
    const out = resolve(process.env.BENCH_RENDER_OUT ?? '.scratch/bench/render.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`BENCH_RENDER ${JSON.stringify(results)}`);
  });

  // 13 custom text fields beside the 7 editable built-in text fields: a 20-field form.
  const formConfig = defineProfileConfig({
    custom: Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`field${i + 1}`, { type: 'text' as const, label: `Field ${i + 1}` }])),
  });
  const seed = [{ id: exampleAccounts.user.id, email: exampleAccounts.user.email, password: exampleAccounts.user.password, name: 'Grace Hopper' }];

  it.each([
    ['profileForm', 'Field 7', 'custom.field7'],
    ['profileFormBuiltin', 'Company', 'company'],
  ])('%s: typing 20 characters into one field of a 20-field ProfileForm', async (id, label, name) => {
    await record(id, async () => {
      const b = await createComponentBackend('memory', { config: formConfig, seed });
      const { user, unmount } = renderWithProfileKit(<ProfileForm customFields emailChange={false} />, { adapter: b.user });
      const input = await screen.findByLabelText(label, {}, { timeout: 10_000 });
      const fields = [...screen.getAllByRole('textbox'), ...screen.queryAllByRole('combobox')].filter((el) => !el.hasAttribute('readonly')).length;
      // The probes do count: the root and every field rendered while the form mounted.
      const probes = { rootRendersOnMount: counts.root, fieldsProfiledOnMount: counts.fields.size };
      await user.click(input);
      counts.fields.clear();
      counts.root = 0;
      await user.type(input, TYPED);
      const otherFields = others(counts.fields, name);
      const figure = {
        editableFields: fields,
        typed: TYPED.length,
        field: name,
        rootRenders: counts.root,
        otherFieldRenders: total(otherFields),
        otherFieldsRendered: otherFields,
        typedFieldRenders: counts.fields.get(name) ?? 0,
        valueOk: (input as HTMLInputElement).value === TYPED,
        ...probes,
      };
      unmount();
      return figure;
    });
  });

  const channels = ['email', 'sms', 'push'];
  const topics = ['security', 'billing', 'workouts', 'friends', 'tips', 'offers'];
  const gridConfig = defineProfileConfig({
    ...exampleConfigInput,
    notifications: {
      channels: channels.map((c) => ({ id: c, label: c.toUpperCase() })),
      topics: topics.map((t) => ({ id: t, label: t[0]!.toUpperCase() + t.slice(1), mandatory: t === 'security', default: t !== 'offers' })),
    },
  });

  it.each(['instant', 'save-button'] as const)('notificationPrefs (%s): toggling one switch of a 3 x 6 grid', async (mode) => {
    await record(mode === 'instant' ? 'notificationPrefs' : 'notificationPrefsSaveButton', async () => {
      const b = await createComponentBackend('memory', { config: gridConfig });
      const onSaved = vi.fn();
      const { user, container, unmount } = renderWithProfileKit(<NotificationPrefs mode={mode} onSaved={onSaved} />, { adapter: b.user });
      const switches = await screen.findAllByRole('switch', {}, { timeout: 10_000 });
      await waitFor(() => {
        if (counts.switches.size < 18) throw new Error(`${counts.switches.size} switches profiled`);
      });
      counts.switches.clear();
      await user.click(screen.getByRole('switch', { name: 'Tips by SMS' }));
      if (mode === 'save-button') await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => {
        if (onSaved.mock.calls.length !== 1) throw new Error('not saved');
      });
      await waitFor(() => {
        if (container.querySelector('[data-pk-component="notification-prefs"]')?.getAttribute('data-state') !== 'saved') throw new Error('not settled');
      });
      const otherSwitches = others(counts.switches, 'sms.tips');
      const figure = {
        switches: switches.length,
        toggled: 'sms.tips',
        otherSwitchRenders: total(otherSwitches),
        otherSwitchesRendered: otherSwitches,
        toggledSwitchRenders: counts.switches.get('sms.tips') ?? 0,
      };
      unmount();
      return figure;
    });
  });

  it('adminUserDetail: one inline edit save', async () => {
    await record('adminUserDetail', async () => {
      const b = await createComponentBackend('memory');
      const rendered = new Map<string, number>();
      const onRender: ProfilerOnRenderCallback = (id) => bump(rendered, id);
      const { user, unmount } = renderWithProfileKit(
        <RowRenderProbe.Provider value={onRender}>
          <AdminUserDetail userId="user-grace" />
        </RowRenderProbe.Provider>,
        { adapter: b.admin },
      );
      const history = await screen.findByRole('region', { name: 'History' }, { timeout: 10_000 });
      await within(history).findByText(/Account created/);
      const rows = rendered.size;
      await user.click(screen.getByRole('button', { name: 'Edit Phone, Not set' }));
      await user.keyboard('+1 555 0100');
      rendered.clear();
      await user.keyboard('{Enter}');
      await screen.findByRole('button', { name: 'Edit Phone, +1 555 0100' });
      await within(history).findByText('Phone: Not set → +1 555 0100');
      await waitFor(async () => {
        if ((await b.admin.getUser('user-grace')).version !== 2) throw new Error('not saved');
      });
      await waitFor(() => {
        if (screen.queryByRole('status', { name: /Saving/ })) throw new Error('still saving');
      });
      const otherRows = others(rendered, 'phone');
      const figure = { rows, edited: 'phone', otherRowRenders: total(otherRows), otherRowsRendered: otherRows, editedRowRenders: rendered.get('phone') ?? 0 };
      unmount();
      return figure;
    });
  });
});
