import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldIssue, passwordIssue, ProfileError, type FieldIssue } from '../../src/core';
import { EmailChange, fr, PasswordChange, ProfileForm } from '../../src/react';
import { exampleAccounts } from '../../src/testing';
import { createComponentBackend, failing, useMswServer } from '../support/component-backends';
import { renderWithProfileKit } from '../support/render';

useMswServer();

// The English text of these errors is deliberately not the catalogue's: only the ids can make the French.
const NOT_THE_CATALOGUE = 'server wording nobody matches';

/** The memory backend's adapter, whose `method` refuses once: `field` with `issue` and unmatchable English. */
async function refusingOnce(method: 'updateProfile' | 'changePassword', field: string, issue: FieldIssue) {
  const b = await createComponentBackend('memory');
  const refusal = new ProfileError('validation', NOT_THE_CATALOGUE, { fields: { [field]: NOT_THE_CATALOGUE }, issues: { [field]: issue } });
  return failing(b.user, method, refusal, { times: 1 });
}

describe('a French viewer sees validation errors translated by id alone', () => {
  it('ProfileForm: a server-side issue and a client-side one', async () => {
    const adapter = await refusingOnce('updateProfile', 'familyName', fieldIssue('atMostChars', { n: 100 }));
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter, messages: fr, locale: 'fr' });
    const familyName = await screen.findByLabelText('Nom de famille');
    await user.type(familyName, '-Murray');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(familyName).toHaveAccessibleDescription('100 caractères au maximum'));
    // Client side: the core's schema through the form's resolver, its issue's id translated.
    await user.type(screen.getByLabelText('Téléphone'), '12');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByLabelText('Téléphone')).toHaveAccessibleDescription('Entre 4 et 15 chiffres'));
  });

  it('ProfileForm: an id only the server raises, from the French catalogue', async () => {
    const adapter = await refusingOnce('updateProfile', 'familyName', fieldIssue('managedByServer'));
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter, messages: fr, locale: 'fr' });
    const familyName = await screen.findByLabelText('Nom de famille');
    await user.type(familyName, '-Murray');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(familyName).toHaveAccessibleDescription('Ce champ est géré par le serveur'));
  });

  it('PasswordChange: the server’s refusal by its policy problem id', async () => {
    const adapter = await refusingOnce('changePassword', 'newPassword', passwordIssue('breached'));
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter, messages: fr, locale: 'fr' });
    await user.type(await screen.findByLabelText(fr.password.current, {}, { timeout: 5000 }), exampleAccounts.user.password);
    await user.type(screen.getByLabelText(fr.password.new), 'Velvet-Orbit-Canyon-92');
    await user.type(screen.getByLabelText(fr.password.confirm), 'Velvet-Orbit-Canyon-92');
    await user.click(screen.getByRole('button', { name: fr.password.submit }));
    await waitFor(() => expect(screen.getByLabelText(fr.password.new)).toHaveAccessibleDescription(expect.stringContaining(fr.password.problems.breached)));
  });

  it('PasswordChange: the real service’s “wrong password” by its id', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: b.user, messages: fr, locale: 'fr' });
    await user.type(await screen.findByLabelText(fr.password.current, {}, { timeout: 5000 }), 'not-the-password');
    await user.type(screen.getByLabelText(fr.password.new), 'Velvet-Orbit-Canyon-92');
    await user.type(screen.getByLabelText(fr.password.confirm), 'Velvet-Orbit-Canyon-92');
    await user.click(screen.getByRole('button', { name: fr.password.submit }));
    await waitFor(() => expect(screen.getByLabelText(fr.password.current)).toHaveAccessibleDescription(fr.password.wrongCurrent));
  });

  it('EmailChange: the real service’s “already the account email” by its id', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user, messages: fr, locale: 'fr' });
    await user.click(await screen.findByRole('button', { name: fr.profileForm.email.change }));
    const input = screen.getByLabelText(fr.profileForm.email.newEmail);
    await user.type(input, exampleAccounts.user.email);
    await user.type(screen.getByLabelText(fr.profileForm.email.currentPassword), exampleAccounts.user.password);
    await user.click(screen.getByRole('button', { name: fr.profileForm.email.submit }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining(fr.common.validation.alreadyAccountEmail!)));
  });
});

