import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { GRACE, renderDetail } from './support';

useMswServer();

describe.each(BACKEND_KINDS)('AdminUserDetail custom fields over %s', (kind) => {
  it('a number with its unit: saved as a number; out of range refused by the core rule', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Height, 170 cm' }));
    const input = screen.getByRole('spinbutton', { name: 'Height' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, '20{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/At least 50/);
    await expectNoAxeViolations();
    await user.clear(input);
    await user.type(input, '185{Enter}');
    await screen.findByRole('button', { name: 'Edit Height, 185 cm' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).custom?.height).toBe(185));
  });

  it('a select shows and saves option labels', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Fitness goal, Improve endurance' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fitness goal' }), 'Build muscle');
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Edit Fitness goal, Build muscle' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).custom?.fitnessGoal).toBe('gain'));
  });

  it('a multi-select is a group of checkboxes; too many choices are refused', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Interests, Not set' }));
    const group = screen.getByRole('group', { name: 'Interests' });
    expect(within(group).getByRole('checkbox', { name: 'Running' })).toHaveFocus();
    await user.click(within(group).getByRole('checkbox', { name: 'Running' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Cycling' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Yoga' }));
    await user.click(screen.getByRole('button', { name: 'Save Interests' }));
    expect(screen.getByText('Choose at most 2')).toBeInTheDocument();
    await expectNoAxeViolations();
    await user.click(within(group).getByRole('checkbox', { name: 'Yoga' }));
    await user.click(screen.getByRole('button', { name: 'Save Interests' }));
    await screen.findByRole('button', { name: 'Edit Interests, Running, Cycling' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).custom?.interests).toEqual(['running', 'cycling']));
  });

  it('a switch: Space toggles, Enter saves', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Monthly newsletter, Not set' }));
    expect(screen.getByRole('switch', { name: 'Monthly newsletter' })).toHaveFocus();
    await user.keyboard(' {Enter}');
    await screen.findByRole('button', { name: 'Edit Monthly newsletter, Yes' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).custom?.newsletter).toBe(true));
  });

  it('long text: Enter adds a line, Ctrl+Enter saves', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit About you, Not set' }));
    const input = screen.getByRole('textbox', { name: 'About you' });
    expect(input).toHaveAccessibleDescription('Ctrl+Enter saves.');
    await user.keyboard('Line one{Enter}Line two{Control>}{Enter}{/Control}');
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).custom?.bio).toBe('Line one\nLine two'));
  });

  it('a required field cannot be cleared', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Handle, grace' }));
    await user.clear(screen.getByRole('textbox', { name: 'Handle' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Handle' })).toHaveAccessibleDescription('Required');
    expect((await b.admin.getUser(GRACE)).custom?.displayHandle).toBe('grace');
  });
});

describe.each(BACKEND_KINDS)('AdminUserDetail free attributes over %s', (kind) => {
  it('each attribute edited in place', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const section = screen.getByRole('region', { name: 'Other attributes' });
    await user.click(within(section).getByRole('button', { name: 'Edit team, Navy' }));
    await user.keyboard('{Control>}a{/Control}Army{Enter}');
    await within(section).findByRole('button', { name: 'Edit team, Army' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).attributes).toEqual({ team: 'Army', 'favourite.language': 'COBOL' }));
  });

  it('added with a name and a value; a bad or taken name is refused on its input', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const section = screen.getByRole('region', { name: 'Other attributes' });
    await user.click(within(section).getByRole('button', { name: 'Add attribute' }));
    const name = within(section).getByRole('textbox', { name: 'Attribute name' });
    expect(name).toHaveFocus();
    await user.type(name, 'shoe size');
    await user.type(within(section).getByRole('textbox', { name: 'Value' }), '42{Enter}');
    expect(name).toHaveAccessibleDescription('Use letters, digits, _ - and . only');
    await user.clear(name);
    await user.type(name, 'team{Enter}');
    expect(name).toHaveAccessibleDescription('This attribute already exists: edit it in its row.');
    await expectNoAxeViolations();
    await user.clear(name);
    await user.type(name, 'shoe.size{Enter}');
    await within(section).findByRole('button', { name: 'Edit shoe.size, 42' });
    expect(within(section).getByRole('button', { name: 'Add attribute' })).toHaveFocus();
    expect((await b.admin.getUser(GRACE)).attributes?.['shoe.size']).toBe('42');
  });

  it('removed after a confirmation; focus goes to "Add attribute"', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const section = screen.getByRole('region', { name: 'Other attributes' });
    await user.click(within(section).getByRole('button', { name: 'Remove attribute favourite.language' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Remove the attribute “favourite.language”?' })).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(section).queryByRole('button', { name: /favourite\.language/ })).not.toBeInTheDocument());
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Add attribute' })).toHaveFocus());
    expect((await b.admin.getUser(GRACE)).attributes).toEqual({ team: 'Navy' });
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText('Other attributes: favourite.language: COBOL → Not set')).toBeInTheDocument();
  });
});
