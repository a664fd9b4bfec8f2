import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineProfileConfig, ProfileError, type ProfileConfigInput } from '../../../src/core';
import { exampleAccounts, exampleConfigInput } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, useMswServer } from '../../support/component-backends';
import { GRACE, renderEditor } from './helpers';

useMswServer();

const withAttributes = (attributes: ProfileConfigInput['attributes']) => defineProfileConfig({ ...exampleConfigInput, attributes });

const list = () => screen.getByRole('group', { name: 'Other attributes' });
const keyInput = (n: number) => screen.getByRole('textbox', { name: `Name of attribute ${n}` });
const valueInput = (n: number) => screen.getByRole('textbox', { name: `Value of attribute ${n}` });
const save = () => screen.getByRole('button', { name: 'Save' });

describe.each(BACKEND_KINDS)('CustomFieldsEditor attributes over %s', (kind) => {
  it('lists the stored attributes, name and value, sorted by name', async () => {
    const b = await createComponentBackend(kind);
    await renderEditor(b.user);
    const rows = within(list()).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('data-pk-attribute'))).toEqual(['favourite.language', 'team']);
    expect(keyInput(2)).toHaveValue('team');
    expect(valueInput(2)).toHaveValue('Navy');
    expect(within(list()).getByText('Up to 20 attributes.')).toBeInTheDocument();
  });

  it('adds an attribute: focus moves to its name; saved with the rest', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    expect(keyInput(3)).toHaveFocus();
    await user.type(keyInput(3), 'shoe.size');
    await user.type(valueInput(3), '42');
    await user.type(screen.getByLabelText('Industry'), 'Navy');
    await user.click(save());
    await screen.findByText('Saved');
    const profile = await b.user.getProfile();
    expect(profile.attributes).toEqual({ 'favourite.language': 'COBOL', 'shoe.size': '42', team: 'Navy' });
    expect(profile.custom?.industry).toBe('Navy');
    // The new row stays where the user put it.
    expect(within(list()).getAllByRole('listitem').map((row) => row.getAttribute('data-pk-attribute'))).toEqual([
      'favourite.language',
      'team',
      'shoe.size',
    ]);
  });

  it('edits a value and renames a key (the old name removed)', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    await user.clear(valueInput(1));
    await user.type(valueInput(1), 'FLOW-MATIC');
    await user.clear(keyInput(2));
    await user.type(keyInput(2), 'service');
    await user.click(save());
    await screen.findByText('Saved');
    expect((await b.user.getProfile()).attributes).toEqual({ 'favourite.language': 'FLOW-MATIC', service: 'Navy' });
  });

  it('removes after confirming in a dialog; cancel returns focus to Remove, confirm moves it to Add', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    const remove = screen.getByRole('button', { name: 'Remove team' });
    await user.click(remove);
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove team?' });
    expect(dialog).toHaveTextContent('The attribute is deleted when you save.');
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(remove).toHaveFocus());
    expect(keyInput(2)).toHaveValue('team');

    await user.click(remove);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add attribute' })).toHaveFocus());
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    await user.click(save());
    await screen.findByText('Saved');
    expect((await b.user.getProfile()).attributes).toEqual({ 'favourite.language': 'COBOL' });
    const [entry] = (await b.admin.listAudit(GRACE)).items;
    expect(entry?.changes).toEqual([{ field: 'attributes.team', before: 'Navy', after: null }]);
  });

  it('a blank new row goes without a dialog and is never sent', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.click(screen.getByRole('button', { name: 'Remove attribute 4' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add attribute' })).toHaveFocus();
    await user.click(save());
    expect(await screen.findByText('No changes to save.')).toBeInTheDocument();
  });

  it('checks names and values with the core rules before sending', async () => {
    const b = await createComponentBackend(kind);
    const before = await b.user.getProfile();
    const { user, root } = await renderEditor(b.user);
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(keyInput(3), 'shoe size');
    await user.type(valueInput(3), '42');
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(keyInput(4), 'hat');
    await user.click(save());
    await waitFor(() => expect(keyInput(3)).toHaveAccessibleDescription('Use letters, digits, _ - and . only'));
    expect(keyInput(3)).toHaveAttribute('aria-invalid', 'true');
    expect(keyInput(3)).toHaveFocus();
    expect(valueInput(4)).toHaveAccessibleDescription('Required');
    expect(root).toHaveAttribute('data-state', 'invalid');
    await expectNoAxeViolations();
    expect((await b.user.getProfile()).version).toBe(before.version);
    await user.clear(keyInput(3));
    await user.type(keyInput(3), 'shoe.size');
    await user.type(valueInput(4), 'fedora');
    await user.click(save());
    await screen.findByText('Saved');
    expect((await b.user.getProfile()).attributes).toMatchObject({ 'shoe.size': '42', hat: 'fedora' });
  });

  it('refuses the same name twice', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(keyInput(3), 'team');
    await user.type(valueInput(3), 'Army');
    await user.click(save());
    await waitFor(() => expect(keyInput(3)).toHaveAccessibleDescription('Each name may be used once'));
    expect(keyInput(2)).not.toHaveAttribute('aria-invalid');
  });

  it('stops adding at maxEntries', async () => {
    const b = await createComponentBackend(kind, { config: withAttributes({ maxEntries: 3 }) });
    const { user } = await renderEditor(b.user);
    const add = screen.getByRole('button', { name: 'Add attribute' });
    await user.click(add);
    expect(add).toBeDisabled();
    expect(within(list()).getByText('Up to 3 attributes.')).toBeInTheDocument();
  });

  it('shows a server error about the whole set on the list', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'updateProfile', new ProfileError('validation', 'Too many attributes', { fields: { attributes: 'At most 20 attributes' } }), {
      times: 1,
    });
    const { user } = await renderEditor(adapter);
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(keyInput(3), 'one');
    await user.type(valueInput(3), 'more');
    await user.click(save());
    expect(await within(list()).findByText('At most 20 attributes')).toBeInTheDocument();
    expect(list()).toHaveAttribute('data-state', 'invalid');
    await expectNoAxeViolations();
  });

  it('read-only when the viewer may see but not change them: no Add, no Remove, the reason shown', async () => {
    const b = await createComponentBackend(kind, { config: withAttributes({ edit: ['admin'] }) });
    await renderEditor(b.user);
    expect(keyInput(2)).toHaveAttribute('readonly');
    expect(valueInput(2)).toHaveValue('Navy');
    expect(within(list()).getByText('You cannot change this.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add attribute' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('absent when the viewer may not see them', async () => {
    const b = await createComponentBackend(kind, { config: withAttributes({ view: ['admin'], edit: ['admin'] }) });
    await renderEditor(b.user);
    expect(screen.queryByRole('group', { name: 'Other attributes' })).not.toBeInTheDocument();
  });

  it('absent when the config disables them', async () => {
    const { attributes: _attributes, ...grace } = exampleAccounts.user;
    const b = await createComponentBackend(kind, { config: withAttributes(false), seed: [grace, exampleAccounts.admin] });
    await renderEditor(b.user);
    expect(screen.getByLabelText('Height')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Other attributes' })).not.toBeInTheDocument();
  });

  it('an admin edits a user’s attributes', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.admin, { userId: GRACE });
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(keyInput(3), 'segment');
    await user.type(valueInput(3), 'enterprise');
    await user.click(save());
    await screen.findByText('Saved');
    expect((await b.user.getProfile()).attributes).toMatchObject({ segment: 'enterprise' });
  });
});
