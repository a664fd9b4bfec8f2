import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CommonPasswordTest } from '../../../src/core';
import { isCommonPassword } from '../../../src/core';
import { PasswordChange } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';

// The common-password list is a lazy chunk in the browser (`loadCommonPasswords`, a dynamic
// import). Here its load waits until the test lets it arrive, to show both sides: before, the
// client check skips that one rule and the server's refusal lands on the field; after, the
// client refuses it without a request.
const list = vi.hoisted(() => {
  let arrive!: (test: (lowered: string) => boolean) => void;
  const arrived = new Promise<(lowered: string) => boolean>((resolve) => (arrive = resolve));
  return { arrive, load: vi.fn(() => arrived) };
});
vi.mock('../../../src/core/password/load-common-passwords', () => ({ loadCommonPasswords: list.load }));

useMswServer();

const GRACE = exampleAccounts.user.password;
const COMMON = 'qwertyuiop123';
const TOO_COMMON = 'This password is too common; choose another';

describe.each(BACKEND_KINDS)('PasswordChange with the common-password list still loading, over %s', (kind) => {
  it('checks everything else on the client, and the server refuses a common password on the field', async () => {
    const b = await createComponentBackend(kind);
    const changePassword = vi.fn(b.user.changePassword);
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: { ...b.user, changePassword } });
    const current = await screen.findByLabelText('Current password', {}, { timeout: 5000 });
    const next = screen.getByLabelText('New password');
    await user.click(next);
    expect(list.load).toHaveBeenCalled(); // focus starts the load
    await user.type(next, COMMON);
    // The hint judges it without the list: acceptable length and variety, not "too common".
    expect(next).toHaveAccessibleDescription('Strength: fair. Longer is stronger.');
    await user.type(current, GRACE);
    await user.type(screen.getByLabelText('Confirm new password'), COMMON);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(next).toHaveAccessibleDescription(expect.stringContaining(TOO_COMMON)));
    expect(changePassword).toHaveBeenCalledTimes(1);
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveFocus();
  });
});

describe('PasswordChange once the common-password list has arrived', () => {
  it('refuses a common password on the client, in the hint and on submit, without a request', async () => {
    list.arrive(isCommonPassword satisfies CommonPasswordTest);
    const b = await createComponentBackend('memory');
    const changePassword = vi.fn(b.user.changePassword);
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: { ...b.user, changePassword } });
    const current = await screen.findByLabelText('Current password', {}, { timeout: 5000 });
    const next = screen.getByLabelText('New password');
    await user.type(current, GRACE);
    await user.type(next, COMMON);
    await waitFor(() => expect(next).toHaveAccessibleDescription('Too common: this password is on lists attackers try first.'));
    await user.type(screen.getByLabelText('Confirm new password'), COMMON);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(next).toHaveAccessibleDescription(expect.stringContaining(TOO_COMMON)));
    expect(next).toHaveFocus();
    expect(changePassword).not.toHaveBeenCalled();
  });
});
