import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { checkPassword, issueFields, passwordIssue, ProfileError, type ProfileAdapter } from '../../../src/core';
import { en, formatMessage, fr, NotificationPrefs, PasswordChange } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, hanging, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';

useMswServer();

const GRACE = exampleAccounts.user.password;
const NEW = 'Velvet-Orbit-Canyon-92';

async function renderPasswordChange(adapter: ProfileAdapter, options: Omit<RenderOptions, 'adapter'> = {}) {
  const onChanged = vi.fn();
  const result = renderWithProfileKit(<PasswordChange className="app-password" onChanged={onChanged} />, { adapter, ...options });
  await screen.findByLabelText(options.messages === fr ? fr.password.current : 'Current password', {}, { timeout: 5000 });
  const root = result.container.querySelector('[data-pk-component="password-change"]') as HTMLElement;
  const fields = {
    current: screen.getByLabelText((options.messages === fr ? fr : en).password.current) as HTMLInputElement,
    next: screen.getByLabelText((options.messages === fr ? fr : en).password.new) as HTMLInputElement,
    confirm: screen.getByLabelText((options.messages === fr ? fr : en).password.confirm) as HTMLInputElement,
  };
  const fill = async ({ current, next, confirm = next }: { current?: string; next?: string; confirm?: string }) => {
    if (current !== undefined) {
      await result.user.clear(fields.current);
      await result.user.type(fields.current, current);
    }
    if (next !== undefined) {
      await result.user.clear(fields.next);
      await result.user.type(fields.next, next);
    }
    if (confirm !== undefined) {
      await result.user.clear(fields.confirm);
      await result.user.type(fields.confirm, confirm);
    }
  };
  const submit = () => result.user.click(screen.getByRole('button', { name: (options.messages === fr ? fr : en).password.submit }));
  return { ...result, root, fields, fill, submit, onChanged };
}

describe.each(BACKEND_KINDS)('PasswordChange over %s', (kind) => {
  it('shows a skeleton while loading, then three labelled password fields with the right autocomplete', async () => {
    const b = await createComponentBackend(kind);
    const { container, unmount } = renderWithProfileKit(<PasswordChange />, { adapter: hanging(b.user, 'getProfile') });
    const root = container.querySelector('[data-pk-component="password-change"]');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    await expectNoAxeViolations();
    unmount();

    const { fields, root: loaded } = await renderPasswordChange(b.user);
    expect(loaded).toHaveClass('pk-root', 'pk-password-change', 'app-password');
    expect(loaded).toHaveAttribute('data-state', 'idle');
    expect(fields.current).toHaveAttribute('type', 'password');
    expect(fields.current).toHaveAttribute('autocomplete', 'current-password');
    expect(fields.next).toHaveAttribute('autocomplete', 'new-password');
    expect(fields.confirm).toHaveAttribute('autocomplete', 'new-password');
    expect(fields.current).toBeRequired();
    await expectNoAxeViolations();
  });

  it('a failed load offers a retry that recovers', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'getProfile', new ProfileError('unavailable', 'offline'), { times: 1 });
    const { user, container } = renderWithProfileKit(<PasswordChange />, { adapter });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cannot reach the server');
    expect(container.querySelector('[data-pk-component="password-change"]')).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Current password')).toBeInTheDocument();
  });

  it('changes the password: fields cleared, success announced, and the new password is the one that works', async () => {
    const b = await createComponentBackend(kind);
    const { fill, submit, fields, onChanged, root } = await renderPasswordChange(b.user);
    await fill({ current: GRACE, next: NEW });
    await submit();
    expect(await screen.findByText('Your password has been changed.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.');
    expect(fields.current).toHaveValue('');
    expect(fields.next).toHaveValue('');
    expect(fields.confirm).toHaveValue('');
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(root).toHaveAttribute('data-state', 'success');
    await expectNoAxeViolations();
    // The old one no longer does; the new one does.
    await expect(b.user.changePassword({ currentPassword: GRACE, newPassword: 'Another-Long-Phrase-31' })).rejects.toMatchObject({
      code: 'invalid_current_password',
    });
    await expect(b.user.changePassword({ currentPassword: NEW, newPassword: 'Another-Long-Phrase-31' })).resolves.toBeUndefined();
  });

  it('reloads the profile after a change (its version moved on), so the next save on the page is not a conflict', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(
      <>
        <PasswordChange />
        <NotificationPrefs />
      </>,
      { adapter: b.user },
    );
    await user.type(await screen.findByLabelText('Current password', {}, { timeout: 5000 }), GRACE);
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('Your password has been changed.');
    await waitFor(async () => expect((await b.user.getProfile()).version).toBe(2));
    await user.click(screen.getByRole('switch', { name: 'Offers by Email' }));
    await waitFor(async () => expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true } }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('an admin changes their own password the same way', async () => {
    const b = await createComponentBackend(kind);
    const { fill, submit } = await renderPasswordChange(b.admin);
    await fill({ current: exampleAccounts.admin.password, next: NEW });
    await submit();
    expect(await screen.findByText('Your password has been changed.')).toBeInTheDocument();
    await expect(b.admin.changePassword({ currentPassword: NEW, newPassword: 'Another-Long-Phrase-31' })).resolves.toBeUndefined();
  });

  it('a wrong current password lands on the current field, which gets focus', async () => {
    const b = await createComponentBackend(kind);
    const { fill, submit, fields, root } = await renderPasswordChange(b.user);
    await fill({ current: 'Not-My-Password-123', next: NEW });
    await submit();
    expect(await screen.findByText('The current password is not correct')).toBeInTheDocument();
    expect(fields.current).toHaveAttribute('aria-invalid', 'true');
    expect(fields.current).toHaveAccessibleDescription('The current password is not correct');
    expect(fields.current).toHaveFocus();
    expect(fields.next).toHaveValue(NEW); // nothing else to retype
    expect(root).toHaveAttribute('data-state', 'invalid');
    await expectNoAxeViolations();
    // Fixing it and resubmitting works.
    await fill({ current: GRACE });
    await submit();
    expect(await screen.findByText('Your password has been changed.')).toBeInTheDocument();
  });

  it('after 5 wrong current passwords, even the right one is refused with the wait in seconds', async () => {
    const b = await createComponentBackend(kind);
    const { fill, submit, fields, root } = await renderPasswordChange(b.user);
    await fill({ next: NEW });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await fill({ current: `Wrong-Guess-Number-${attempt}`, next: undefined, confirm: undefined });
      await submit();
      await waitFor(() => expect(fields.current).toHaveAttribute('aria-invalid', 'true'));
    }
    await fill({ current: GRACE, next: undefined, confirm: undefined });
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts. Try again in 900 seconds.');
    expect(root).toHaveAttribute('data-state', 'failed');
    await expect(b.user.changePassword({ currentPassword: GRACE, newPassword: NEW })).rejects.toMatchObject({ code: 'rate_limited' });
    await expectNoAxeViolations();
  });

  it('a network failure says so and keeps what was typed', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'changePassword', new ProfileError('unavailable', 'offline'));
    const { fill, submit, fields } = await renderPasswordChange(adapter);
    await fill({ current: GRACE, next: NEW });
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server. Check your connection and try again.');
    expect(fields.current).toHaveValue(GRACE);
    expect(fields.next).toHaveValue(NEW);
    expect(screen.getByRole('button', { name: 'Change password' })).toBeEnabled();
    await expect(b.user.changePassword({ currentPassword: GRACE, newPassword: 'Another-Long-Phrase-31' })).resolves.toBeUndefined();
  });

  it('disables the submit button and says so while the change is on its way', async () => {
    const b = await createComponentBackend(kind);
    const { fill, submit, root } = await renderPasswordChange(hanging(b.user, 'changePassword'));
    await fill({ current: GRACE, next: NEW });
    await submit();
    expect(await screen.findByText('Changing your password…')).toBeInTheDocument();
    // aria-disabled (issue 10): a disabled button would drop focus to the page.
    expect(screen.getByRole('button', { name: 'Change password' })).toHaveAttribute('aria-disabled', 'true');
    expect(root).toHaveAttribute('data-state', 'submitting');
    await expectNoAxeViolations();
  });

  it('the server’s policy reason shows on the new password field', async () => {
    const b = await createComponentBackend(kind);
    const reason = 'Use at least 16 characters'; // a stricter server than the config says
    const adapter = failing(b.user, 'changePassword', new ProfileError('validation', 'Bad password', { fields: { newPassword: reason } }));
    const { fill, submit, fields } = await renderPasswordChange(adapter);
    await fill({ current: GRACE, next: NEW });
    await submit();
    await waitFor(() => expect(fields.next).toHaveAccessibleDescription(expect.stringContaining(reason)));
    expect(fields.next).toHaveAttribute('aria-invalid', 'true');
    expect(fields.next).toHaveFocus();
  });
});

describe('PasswordChange checks before sending', () => {
  async function setup() {
    const b = await createComponentBackend('memory');
    const changePassword = vi.fn(b.user.changePassword);
    return { b, ...(await renderPasswordChange({ ...b.user, changePassword })), changePassword };
  }

  it('an empty submit marks every field, focuses the first, and sends nothing', async () => {
    const { submit, fields, changePassword } = await setup();
    await submit();
    await waitFor(() => expect(fields.current).toHaveFocus());
    expect(fields.current).toHaveAccessibleDescription('Enter your current password');
    expect(fields.confirm).toHaveAccessibleDescription('Enter the new password again');
    for (const field of Object.values(fields)) expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(changePassword).not.toHaveBeenCalled();
    await expectNoAxeViolations();
  });

  it.each([
    ['too short', 'Short-1', 'Use at least 12 characters'],
    ['common', 'qwertyuiop123', 'This password is too common; choose another'],
    ['containing the email', 'grace-loves-cobol', "Don't use your name or email address in your password"],
    ['containing a name', 'Admiral-Hopper-1906', "Don't use your name or email address in your password"],
    ['the current one', GRACE, 'Must differ from the current password'],
  ])('a new password %s is refused on the field', async (_case, next, reason) => {
    const { fill, submit, fields, changePassword } = await setup();
    await fill({ current: GRACE, next });
    await submit();
    await waitFor(() => expect(fields.next).toHaveFocus());
    expect(fields.next).toHaveAttribute('aria-invalid', 'true');
    expect(fields.next).toHaveAccessibleDescription(expect.stringContaining(reason));
    expect(changePassword).not.toHaveBeenCalled();
  });

  it('a confirmation that differs is refused on the confirmation, and clears once it matches', async () => {
    const { fill, submit, fields, user, changePassword } = await setup();
    await fill({ current: GRACE, next: NEW, confirm: `${NEW}x` });
    await submit();
    await waitFor(() => expect(fields.confirm).toHaveFocus());
    expect(fields.confirm).toHaveAccessibleDescription('The passwords do not match');
    expect(changePassword).not.toHaveBeenCalled();
    await user.type(fields.confirm, '{Backspace}');
    await waitFor(() => expect(fields.confirm).not.toHaveAttribute('aria-invalid'));
  });

  it('show/hide toggles reveal one field each, as toggle buttons controlling it', async () => {
    const { user, fields } = await setup();
    const toggle = screen.getByRole('button', { name: 'Show new password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('aria-controls', fields.next.id);
    await user.type(fields.next, NEW);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(fields.next).toHaveAttribute('type', 'text');
    expect(fields.next).toHaveValue(NEW);
    expect(fields.current).toHaveAttribute('type', 'password');
    expect(fields.confirm).toHaveAttribute('type', 'password');
    await expectNoAxeViolations();
    await user.click(toggle);
    expect(fields.next).toHaveAttribute('type', 'password');
  });

  it('pasting into the fields is allowed (password managers)', async () => {
    const { user, fields } = await setup();
    await user.click(fields.next);
    await user.paste(NEW);
    await user.click(fields.confirm);
    await user.paste(NEW);
    expect(fields.next).toHaveValue(NEW);
    expect(fields.confirm).toHaveValue(NEW);
  });

  it('the strength hint follows the typing, from the policy, in a polite region the field points to', async () => {
    const { user, fields } = await setup();
    expect(fields.next).toHaveAccessibleDescription('Use 12 to 128 characters. A few unrelated words make a strong password.');
    const region = screen.getByText(/Use 12 to 128 characters/);
    expect(region).toHaveAttribute('aria-live', 'polite');
    const hint = async (text: string, expected: string) => {
      await user.clear(fields.next);
      await user.type(fields.next, text);
      await waitFor(() => expect(fields.next).toHaveAccessibleDescription(expected));
    };
    // A problem is said in the same words as the field's error would say it (one message per problem).
    await hint('short', 'Use at least 12 characters');
    await hint('qwertyuiop123', 'This password is too common; choose another');
    await hint('grace-loves-cobol', en.password.problems.personal);
    await hint('tangerinebox', 'This password is too common; choose another');
    await hint('aaaaaaaaaaaaaaaaaaaaaaaa', en.password.problems.repeated);
    await hint('kkkkkkZq7$-w', 'Strength: good.');
    await hint('tangerine-box-7', 'Strength: strong.');
    await hint(NEW, 'Strength: strong.');
  });

  it('the English policy reasons are the core’s own words, so a server’s reasons can be translated', () => {
    const policy = { minLength: 12, maxLength: 20, minScore: 3, appWords: [] };
    const reason = (password: string, context = {}) => {
      const check = checkPassword(password, policy, context);
      return check.ok ? null : check.message;
    };
    expect(reason('short')).toBe(formatMessage(en.password.problems.too_short, { n: 12 }));
    expect(reason('x'.repeat(21))).toBe(formatMessage(en.password.problems.too_long, { n: 20 }));
    expect(reason('password1234')).toBe(en.password.problems.common);
    expect(reason('grace-loves-cobol', { email: 'grace@example.com' })).toBe(en.password.problems.personal);
  });
});

describe('PasswordChange in French and right-to-left', () => {
  it('speaks French, translates the server’s reasons, and passes axe in rtl', async () => {
    const b = await createComponentBackend('memory');
    const adapter = failing(b.user, 'changePassword', new ProfileError('validation', 'Bad', issueFields({ newPassword: passwordIssue('too_short', { n: 16 }) })), {
      times: 1,
    });
    const { fill, submit, fields } = await renderPasswordChange(adapter, { messages: fr, locale: 'fr', dir: 'rtl' });
    expect(screen.getByRole('heading', { name: 'Changer de mot de passe' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afficher le nouveau mot de passe' })).toHaveTextContent('Afficher');
    await submit();
    await waitFor(() => expect(fields.current).toHaveAccessibleDescription('Saisissez votre mot de passe actuel'));
    await fill({ current: GRACE, next: NEW });
    await submit();
    await waitFor(() => expect(fields.next).toHaveAccessibleDescription(expect.stringContaining('Utilisez au moins 16 caractères')));
    await expectNoAxeViolations();
    await submit();
    expect(await screen.findByText('Votre mot de passe a été changé.')).toBeInTheDocument();
  });
});
