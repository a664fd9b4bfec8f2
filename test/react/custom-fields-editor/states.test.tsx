import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defineProfileConfig, ProfileError } from '../../../src/core';
import { CustomFieldsEditor, fr } from '../../../src/react';
import { exampleConfigInput } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, hanging, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';
import { GRACE, renderEditor, storedCustom } from './helpers';

useMswServer();

const save = () => screen.getByRole('button', { name: 'Save' });

describe.each(BACKEND_KINDS)('CustomFieldsEditor states over %s', (kind) => {
  it('loading: a skeleton, the root says so, no violations', async () => {
    const b = await createComponentBackend(kind);
    const { container } = renderWithProfileKit(<CustomFieldsEditor className="mine" />, { adapter: hanging(b.user, 'getProfile') });
    const root = container.querySelector('[data-pk-component="custom-fields-editor"]');
    expect(root).toHaveClass('pk-root', 'pk-custom-fields', 'mine');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations();
  });

  it('a failed load shows the error and retries', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'getProfile', new ProfileError('unavailable', 'down'), { times: 1 });
    const { user, container } = renderWithProfileKit(<CustomFieldsEditor />, { adapter });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Cannot reach the server');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('form', { name: 'Additional information' })).toBeInTheDocument();
  });

  it('loaded and saved: no violations; Save disabled while saving; "Saved" announced; onSaved called', async () => {
    const b = await createComponentBackend(kind);
    const onSaved = vi.fn();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = { ...b.user, updateProfile: async (...args: Parameters<typeof b.user.updateProfile>) => (await gate, b.user.updateProfile(...args)) };
    const { user, root } = await renderEditor(slow, { onSaved });
    expect(root).toHaveAttribute('data-state', 'idle');
    await expectNoAxeViolations();
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '171');
    expect(root).toHaveAttribute('data-state', 'dirty');
    await user.click(save());
    // aria-disabled (issue 10): a disabled button would drop focus to the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true'));
    expect(root).toHaveAttribute('data-state', 'saving');
    release();
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'saved'));
    expect(screen.getByText('Saved')).toHaveAttribute('role', 'status');
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ custom: expect.objectContaining({ height: 171 }) }));
    await expectNoAxeViolations();
    // A new change takes "Saved" away.
    await user.type(screen.getByLabelText('Height'), '0');
    await waitFor(() => expect(screen.queryByText('Saved')).not.toBeInTheDocument());
  });

  it('version conflict: the dialog shows theirs beside mine; keep theirs resets the form', async () => {
    const b = await createComponentBackend(kind);
    const { user, root } = await renderEditor(b.user);
    const { version } = await b.admin.getUser(GRACE);
    await b.admin.updateUser(GRACE, { custom: { height: 160 }, attributes: { team: 'Army' } }, version);
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '180');
    await user.clear(screen.getByRole('textbox', { name: 'Value of attribute 2' }));
    await user.type(screen.getByRole('textbox', { name: 'Value of attribute 2' }), 'Air Force');
    await user.click(save());
    const dialog = await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
    expect(root).toHaveAttribute('data-state', 'conflict');
    expect(within(dialog).getByRole('row', { name: /Height/ })).toHaveTextContent(/160.*180/);
    expect(within(dialog).getByRole('row', { name: /Other attributes: team/ })).toHaveTextContent(/Army.*Air Force/);
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByLabelText('Height')).toHaveValue(160));
    expect(screen.getByRole('textbox', { name: 'Value of attribute 2' })).toHaveValue('Army');
    expect(await storedCustom(b.user, 'height')).toBe(160);
    await waitFor(() => expect(save()).toHaveFocus());
  });

  it('version conflict: overwrite with mine saves on the new version', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    const { version } = await b.admin.getUser(GRACE);
    await b.admin.updateUser(GRACE, { custom: { height: 160 } }, version);
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '180');
    await user.click(save());
    await user.click(await screen.findByRole('button', { name: 'Overwrite with mine' }));
    await screen.findByText('Saved');
    expect(await storedCustom(b.user, 'height')).toBe(180);
    expect(screen.getByLabelText('Height')).toHaveValue(180);
  });

  it('read-only field: memberTier is shown to the user with the reason, not changeable, never sent', async () => {
    const b = await createComponentBackend(kind);
    await b.admin.updateUser(GRACE, { custom: { memberTier: 'pro' } }, (await b.admin.getUser(GRACE)).version);
    const { user } = await renderEditor(b.user);
    const tier = screen.getByLabelText('Member tier');
    expect(tier).toHaveValue('pro');
    expect(tier).toHaveAttribute('aria-readonly', 'true');
    expect(tier).not.toBeDisabled();
    expect(tier).toHaveAccessibleDescription('You cannot change this.');
    await user.selectOptions(tier, 'basic');
    expect(tier).toHaveValue('pro');
    await user.click(save());
    expect(await screen.findByText('No changes to save.')).toBeInTheDocument();
  });

  it('all read-only: no Save button, a note, the root says readonly', async () => {
    const config = defineProfileConfig({
      ...exampleConfigInput,
      custom: { memberTier: exampleConfigInput.custom.memberTier },
      attributes: { edit: ['admin'] },
    });
    const b = await createComponentBackend(kind, { config, seed: [{ id: GRACE, email: 'grace@example.com' }] });
    const { root } = await renderEditor(b.user);
    expect(root).toHaveAttribute('data-state', 'readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.getByText('You can see these details but not change them.')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('user vs admin: the user has privateNote, not internalNote; the admin on the user the reverse, and edits memberTier', async () => {
    const b = await createComponentBackend(kind);
    await renderEditor(b.user);
    expect(screen.getByLabelText('Private note')).toBeInTheDocument();
    expect(screen.queryByLabelText('Internal note')).not.toBeInTheDocument();
    document.body.innerHTML = '';

    const { user } = await renderEditor(b.admin, { userId: GRACE });
    expect(screen.queryByLabelText('Private note')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Internal note'), 'Pioneer');
    await user.selectOptions(screen.getByLabelText('Member tier'), 'Pro');
    await user.click(save());
    await screen.findByText('Saved');
    const grace = await b.admin.getUser(GRACE);
    expect(grace.custom).toMatchObject({ internalNote: 'Pioneer', memberTier: 'pro' });
    expect((await b.admin.listAudit(GRACE)).items[0]).toMatchObject({ actorId: 'admin-ada' });
  });

  it('rate limited: says when to try again, keeps the edits', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'updateProfile', new ProfileError('rate_limited', 'slow down', { retryAfter: 30 }), { times: 1 });
    const { user, root } = await renderEditor(adapter);
    await user.type(screen.getByLabelText('Industry'), 'Aviation');
    await user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    expect(root).toHaveAttribute('data-state', 'failed');
    expect(screen.getByLabelText('Industry')).toHaveValue('Aviation');
    expect(save()).toBeEnabled();
    await expectNoAxeViolations();
    await user.click(save());
    await screen.findByText('Saved');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('network failure: says so, keeps the edits, saves on retry', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'updateProfile', new ProfileError('unavailable', 'offline'), { times: 1 });
    const { user } = await renderEditor(adapter);
    await user.click(screen.getByRole('switch', { name: 'Monthly newsletter' }));
    await user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server. Check your connection and try again.');
    expect(screen.getByRole('switch', { name: 'Monthly newsletter' })).toBeChecked();
    await user.click(save());
    await screen.findByText('Saved');
    expect(await storedCustom(b.user, 'newsletter')).toBe(true);
  });

  it('French, right to left: every string and core message translated, no violations', async () => {
    const b = await createComponentBackend(kind);
    const { user, container } = await renderEditor(b.user, {}, { messages: fr, locale: 'fr', dir: 'rtl', formName: 'Informations complémentaires' });
    expect(container.querySelector('[dir="rtl"] .pk-custom-fields')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter un attribut' })).toBeInTheDocument();
    expect(screen.getByText('Jusqu’à 20 attributs.')).toBeInTheDocument();
    expect(screen.getByLabelText('Member tier')).toHaveAccessibleDescription('Vous ne pouvez pas modifier ce champ.');
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '300');
    await user.click(screen.getByRole('button', { name: 'Ajouter un attribut' }));
    await user.type(screen.getByRole('textbox', { name: 'Nom de l’attribut 3' }), 'a b');
    await user.clear(screen.getByLabelText('Handle'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByLabelText('Height')).toHaveAccessibleDescription('Au plus 250 cm'));
    expect(screen.getByRole('textbox', { name: 'Nom de l’attribut 3' })).toHaveAccessibleDescription(
      'Utilisez des lettres, des chiffres, _ - et . uniquement',
    );
    expect(screen.getByLabelText('Handle')).toHaveAccessibleDescription('Obligatoire');
    await user.click(screen.getByRole('button', { name: 'Supprimer a b' }));
    expect(await screen.findByRole('alertdialog', { name: 'Supprimer a b ?' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
