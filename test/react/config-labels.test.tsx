import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineProfileConfig, type ProfileConfigInput } from '../../src/core';
import { AdminUserDetail, CustomFieldsEditor, fr, ProfileForm } from '../../src/react';
import { exampleConfigInput } from '../../src/testing/fixtures/example-config';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../support/component-backends';
import { renderWithProfileKit } from '../support/render';
import { GRACE } from '../support/seed';

useMswServer();

// Labels by id: whether the app set a label is in the config, never guessed from its text. A
// label the app set is its word in every language, even one that reads like the English
// default; a label it left out is named from the messages in the viewer's language.
const configWith = (input: Partial<ProfileConfigInput>) => defineProfileConfig({ ...exampleConfigInput, ...input });
const inFrench = { messages: fr, locale: 'fr' };

describe.each(BACKEND_KINDS)('config labels in French over %s', (kind) => {
  it('a built-in field the app labelled "Phone" stays "Phone"; one it left alone is translated', async () => {
    const b = await createComponentBackend(kind, { config: configWith({ fields: { phone: { label: 'Phone' } } }) });
    renderWithProfileKit(<ProfileForm />, { adapter: b.user, ...inFrench });
    expect(await screen.findByLabelText('Entreprise')).toHaveValue('Harvard Mark I');
    expect(screen.getByLabelText('Phone')).toBeInTheDocument();
    expect(screen.queryByLabelText('Téléphone')).not.toBeInTheDocument();
  });

  it('the attributes list the app labelled "Other attributes" keeps that name', async () => {
    const b = await createComponentBackend(kind, { config: configWith({ attributes: { label: 'Other attributes' } }) });
    renderWithProfileKit(<CustomFieldsEditor />, { adapter: b.user, ...inFrench });
    expect(await screen.findByRole('group', { name: 'Other attributes' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Autres attributs' })).not.toBeInTheDocument();
  });

  it('the attributes list without a label of the app is named in French, in both components', async () => {
    const b = await createComponentBackend(kind, { config: configWith({ attributes: { maxEntries: 20 } }) });
    const first = renderWithProfileKit(<CustomFieldsEditor />, { adapter: b.user, ...inFrench });
    expect(await screen.findByRole('group', { name: 'Autres attributs' })).toBeInTheDocument();
    first.unmount();
    renderWithProfileKit(<AdminUserDetail userId={GRACE} />, { adapter: b.admin, ...inFrench });
    expect(await screen.findByRole('region', { name: 'Autres attributs' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Facturation' })).toBeInTheDocument();
  });
});
