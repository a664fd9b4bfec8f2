import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmailChange, fr, ProfileForm } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../../../src/testing/fixtures/example-config';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';
import { saveStatus } from './support';

useMswServer();

describe.each(BACKEND_KINDS)('ProfileForm in French and right to left over %s', (kind) => {
  it('every string of the form comes from the messages; built-in labels too unless the app relabelled them', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user, messages: fr, locale: 'fr' });
    // The example config keeps the default labels, so they come in French too.
    const company = await screen.findByLabelText('Entreprise');
    expect(screen.getByLabelText('Identifiant du compte')).toHaveAccessibleDescription('Cette valeur ne change jamais.');
    expect(screen.getByText('Vérifiée')).toBeInTheDocument();
    expect(screen.getByLabelText('GitHub')).toHaveValue('grace@example.com · associé le 9 janv. 2026');
    expect(screen.getByRole('button', { name: 'Changer d’adresse e-mail' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuler les modifications' })).toBeDisabled();
    await user.type(screen.getByLabelText('Téléphone'), 'appelez-moi');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByLabelText('Téléphone')).toHaveAccessibleDescription('Utilisez des chiffres, des espaces et + ( ) - . uniquement');
    expect(screen.getByRole('alert')).toHaveTextContent('Vérifiez les champs signalés puis enregistrez à nouveau.');
    await user.clear(screen.getByLabelText('Téléphone'));
    await user.type(company, ' SA');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Votre profil est enregistré.'));
  });

  it('the email change speaks French, errors included', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user, messages: fr, locale: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Changer d’adresse e-mail' }));
    await user.type(screen.getByLabelText('Nouvelle adresse e-mail'), exampleAccounts.admin.email);
    await user.type(screen.getByLabelText('Mot de passe actuel'), exampleAccounts.user.password);
    await user.click(screen.getByRole('button', { name: 'Envoyer le lien de confirmation' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Nouvelle adresse e-mail')).toHaveAccessibleDescription('Un autre compte utilise déjà cette adresse e-mail.'),
    );
  });

  it('renders right to left: machine values stay left to right, no axe violation', async () => {
    const b = await createComponentBackend(kind);
    const { container } = renderWithProfileKit(<ProfileForm />, { adapter: b.user, dir: 'rtl' });
    await screen.findByLabelText('Company');
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(screen.getByLabelText('Phone')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText('Email')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('dir');
    await expectNoAxeViolations();
  });
});

describe('labels the app sets', () => {
  it('are shown as the app wrote them, in any language', async () => {
    const { defineProfileConfig } = await import('../../../src/core');
    const config = defineProfileConfig({ ...exampleConfigInput, fields: { company: { label: 'Organisation (legal name)' } } });
    const b = await createComponentBackend('memory', { config });
    renderWithProfileKit(<ProfileForm />, { adapter: b.user, messages: fr, locale: 'fr' });
    expect(await screen.findByLabelText('Organisation (legal name)')).toHaveValue('Harvard Mark I');
    expect(screen.getByLabelText('Téléphone')).toBeInTheDocument();
  });
});
