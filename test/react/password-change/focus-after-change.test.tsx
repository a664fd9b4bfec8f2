import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PasswordChange } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing';
import { BACKEND_KINDS, createComponentBackend, gated, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';

useMswServer();

const NEW = 'Velvet-Orbit-Canyon-92';

// Issue 10: after "Change password", by mouse or by Enter, focus stays on the button (never the page).
describe.each(BACKEND_KINDS)('PasswordChange focus after a change over %s', (kind) => {
  it.each(['mouse', 'Enter'] as const)('by %s: the button keeps focus while changing and after, and a second press sends nothing', async (how) => {
    const b = await createComponentBackend(kind);
    const slow = gated(b.user, 'changePassword');
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: slow.adapter });
    await user.type(await screen.findByLabelText('Current password', {}, { timeout: 5000 }), exampleAccounts.user.password);
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    const button = screen.getByRole('button', { name: 'Change password' });
    if (how === 'mouse') await user.click(button);
    else {
      button.focus();
      await user.keyboard('{Enter}');
    }
    await screen.findByText('Changing your password…');
    expect(button).toHaveFocus();
    expect(button).not.toBeDisabled();
    await user.keyboard('{Enter}');
    slow.release();
    await screen.findByText('Your password has been changed.');
    expect(button).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
    // One change only: the old password no longer works, the new one does.
    await waitFor(async () => expect(b.user.changePassword({ currentPassword: NEW, newPassword: 'Another-Long-Phrase-31' })).resolves.toBeUndefined());
  });
});
