import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { renderEditor, storedCustom } from './helpers';

useMswServer();

type Edit = (user: UserEvent) => Promise<void>;
const retype = (label: string, text: string): Edit => async (user) => {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, text);
};

// One of every type in the example config: what the user does, and what the backend then holds.
const CASES: { type: string; key: string; edit: Edit; stored: unknown }[] = [
  { type: 'text', key: 'industry', edit: retype('Industry', 'Aviation'), stored: 'Aviation' },
  { type: 'longText', key: 'bio', edit: retype('About you', 'Line one{Enter}Line two'), stored: 'Line one\nLine two' },
  { type: 'number', key: 'height', edit: retype('Height', '182'), stored: 182 },
  { type: 'boolean', key: 'newsletter', edit: (user) => user.click(screen.getByRole('switch', { name: 'Monthly newsletter' })), stored: true },
  { type: 'select', key: 'fitnessGoal', edit: (user) => user.selectOptions(screen.getByLabelText('Fitness goal'), 'Build muscle'), stored: 'gain' },
  {
    type: 'multiSelect',
    key: 'interests',
    edit: async (user) => {
      await user.click(screen.getByRole('checkbox', { name: 'Yoga' }));
      await user.click(screen.getByRole('checkbox', { name: 'Running' }));
    },
    stored: ['running', 'yoga'],
  },
  { type: 'date', key: 'birthday', edit: retype('Birthday', '1906-12-09'), stored: '1906-12-09' },
  { type: 'url', key: 'website', edit: retype('Website', 'https://grace.example'), stored: 'https://grace.example' },
  { type: 'email', key: 'backupEmail', edit: retype('Backup email', 'Grace@Example.COM'), stored: 'grace@example.com' },
  { type: 'phone', key: 'mobile', edit: retype('Mobile', '+1 555 0100'), stored: '+1 555 0100' },
];

describe.each(BACKEND_KINDS)('CustomFieldsEditor editing over %s', (kind) => {
  it.each(CASES)('edits and saves a $type field', async ({ key, edit, stored }) => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    await edit(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Saved'));
    expect(await storedCustom(b.user, key)).toEqual(stored);
  });

  it('sends only what changed, with the version it loaded', async () => {
    const b = await createComponentBackend(kind);
    const before = await b.user.getProfile();
    const { user } = await renderEditor(b.user);
    await user.click(screen.getByRole('switch', { name: 'Monthly newsletter' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    const [entry] = (await b.admin.listAudit(before.id)).items;
    expect(entry?.changes).toEqual([{ field: 'custom.newsletter', before: null, after: true }]);
    expect((await b.user.getProfile()).version).toBe(before.version + 1);
  });

  it('clears an optional field (null), and says so when nothing changed', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('No changes to save.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Company size'), '—');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect(await storedCustom(b.user, 'companySize')).toBeUndefined();
  });
});
