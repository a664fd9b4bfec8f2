import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fr } from '../../../src/react';
import { expectNoAxeViolations } from '../../support/axe';
import { createComponentBackend } from '../../support/component-backends';
import { GRACE, renderDetail } from './support';

describe('AdminUserDetail in French, right to left', () => {
  it('every string from the fr messages, dates and numbers through Intl in fr, and axe-clean under dir=rtl', async () => {
    const b = await createComponentBackend('memory');
    await b.admin.updateUser(GRACE, { billing: { plan: 'pro', status: 'active', seats: 1200 } }, 1);
    const { user, container } = await renderDetail(b.admin, { messages: fr, locale: 'fr', dir: 'rtl' });
    expect(container.querySelector('[dir="rtl"] [data-pk-component="admin-user-detail"]')).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Compte' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Facturation' })).toBeInTheDocument(); // the default label, in French
    // Field labels are the app's (config) wording; everything around them is French.
    expect(screen.getByRole('button', { name: 'Modifier Téléphone, Non renseigné' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Modifier Places, 1\s200$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Modifier État de la facturation, Active' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Créé le' })).toHaveValue('23 nov. 2026, 10:00');
    expect(screen.getByRole('textbox', { name: 'Créé le' })).toHaveAccessibleDescription('Cette valeur ne change jamais.');
    expect(screen.getByRole('button', { name: 'Changer l’adresse e-mail' })).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Historique' });
    expect(await within(history).findByText(/Compte créé par/)).toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(screen.getByRole('button', { name: 'Modifier Téléphone, Non renseigné' }));
    await user.keyboard('abc{Enter}');
    expect(screen.getByRole('textbox', { name: 'Téléphone' })).toHaveAccessibleDescription('Utilisez des chiffres, des espaces et + ( ) - . uniquement');
    expect(screen.getByRole('button', { name: 'Enregistrer Téléphone' })).toBeInTheDocument();
    await expectNoAxeViolations();
    await user.keyboard('{Control>}a{/Control}+33 1 23 45 67 89{Enter}');
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Téléphone enregistré.'));
  });
});
