import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineProfileConfig } from '../../../src/core';
import { ProfileForm } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing/fixtures/example-accounts';
import { createComponentBackend } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';

// Render counting with React's Profiler: every field component is wrapped (same props, same
// memoisation) in a <Profiler id={field name}>, whose onRender fires each time that field
// renders. The form root renders <FormAlert> on every render of its own (it is not memoised), so
// counting FormAlert renders counts root renders.
const renders = vi.hoisted(() => ({ fields: new Map<string, number>(), root: 0 }));

vi.mock('../../../src/react/components/profile-form/profile-field', async (importOriginal) => {
  const React = await import('react');
  const actual = await importOriginal<typeof import('../../../src/react/components/profile-form/profile-field')>();
  const onRender = (id: string) => renders.fields.set(id, (renders.fields.get(id) ?? 0) + 1);
  const ProfileField = React.memo((props: Parameters<typeof actual.ProfileField>[0]) =>
    React.createElement(React.Profiler, { id: props.name, onRender }, React.createElement(actual.ProfileField, props)),
  );
  return { ...actual, ProfileField };
});

vi.mock('../../../src/react/components/profile-form/custom-field', async (importOriginal) => {
  const React = await import('react');
  const actual = await importOriginal<typeof import('../../../src/react/components/profile-form/custom-field')>();
  const onRender = (id: string) => renders.fields.set(id, (renders.fields.get(id) ?? 0) + 1);
  const CustomField = React.memo((props: Parameters<typeof actual.CustomField>[0]) =>
    React.createElement(React.Profiler, { id: props.name, onRender }, React.createElement(actual.CustomField, props)),
  );
  return { ...actual, CustomField };
});

vi.mock('../../../src/react/ui/form-alert', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/react/ui/form-alert')>();
  return {
    ...actual,
    FormAlert: (props: Parameters<typeof actual.FormAlert>[0]) => {
      renders.root += 1;
      return actual.FormAlert(props);
    },
  };
});

/** 20 custom text fields beside the 7 editable built-in text fields: a 27-field form. */
const custom = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`field${i + 1}`, { type: 'text' as const, label: `Field ${i + 1}` }]));
const config = defineProfileConfig({ custom });
const seed = [{ id: exampleAccounts.user.id, email: exampleAccounts.user.email, password: exampleAccounts.user.password, name: 'Grace Hopper' }];

const TYPED = 'twenty characters!!!';

function resetCounts() {
  renders.fields.clear();
  renders.root = 0;
}

describe('ProfileForm render counts (React Profiler)', () => {
  beforeEach(resetCounts);

  it('typing 20 characters into one custom field re-renders that field only: no other field, not the root', async () => {
    const b = await createComponentBackend('memory', { config, seed });
    const { user } = renderWithProfileKit(<ProfileForm customFields emailChange={false} />, { adapter: b.user });
    const input = await screen.findByLabelText('Field 7');
    const editable = [...screen.getAllByRole('textbox'), ...screen.getAllByRole('combobox')].filter((el) => !el.hasAttribute('readonly'));
    expect(editable).toHaveLength(27);
    await user.click(input);
    resetCounts();
    await user.type(input, TYPED);
    expect(input).toHaveValue(TYPED);
    expect(renders.root).toBe(0);
    const others = [...renders.fields].filter(([name]) => name !== 'custom.field7');
    expect(others).toEqual([]);
    // A controlled input renders once per keystroke, and never more.
    expect(renders.fields.get('custom.field7')).toBeLessThanOrEqual(TYPED.length);
  });

  it('typing 20 characters into one built-in field re-renders nothing but the save bar', async () => {
    const b = await createComponentBackend('memory', { config, seed });
    const { user } = renderWithProfileKit(<ProfileForm customFields emailChange={false} />, { adapter: b.user });
    const input = await screen.findByLabelText('Company');
    await user.click(input);
    resetCounts();
    await user.type(input, TYPED);
    expect(input).toHaveValue(TYPED);
    expect(renders.root).toBe(0);
    expect([...renders.fields]).toEqual([]);
    // The save bar did notice: the form is dirty.
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeEnabled();
  });

  it('the counters do count: a failed submit re-renders the root and the invalid field', async () => {
    const b = await createComponentBackend('memory', { config, seed });
    const { user } = renderWithProfileKit(<ProfileForm customFields emailChange={false} />, { adapter: b.user });
    const phone = await screen.findByLabelText('Phone');
    await user.type(phone, 'abc');
    resetCounts();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Use digits, spaces and + ( ) - . only')).toBeInTheDocument();
    expect(renders.root).toBeGreaterThan(0);
    expect(renders.fields.get('phone')).toBeGreaterThan(0);
  });
});
