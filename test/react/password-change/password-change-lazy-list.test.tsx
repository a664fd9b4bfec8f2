import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { passwordEstimator, type PasswordEstimator } from '../../../src/core';
import { PasswordChange } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';

// The estimator (zxcvbn and the common-password list) is a lazy chunk in the browser
// (`loadPasswordEstimator`, a dynamic import). Here its load waits until the test lets it
// arrive, to show both sides: before, the meter says "checking" (never "good") and the server's
// refusal lands on the field; after, the client refuses it without a request.
const chunk = vi.hoisted(() => {
  let arrive!: (estimator: PasswordEstimator) => void;
  const arrived = new Promise<PasswordEstimator>((resolve) => (arrive = resolve));
  return { arrive, load: vi.fn(() => arrived) };
});
vi.mock('../../../src/core/password/load-password-estimator', () => ({ loadPasswordEstimator: chunk.load }));

useMswServer();

const GRACE = exampleAccounts.user.password;
const COMMON = 'qwertyuiop123';
const TOO_COMMON = 'This password is too common; choose another';

describe.each(BACKEND_KINDS)('PasswordChange with the estimator still loading, over %s', (kind) => {
  it('says "checking" for what the light rules pass, and the server refuses a common password on the field', async () => {
    const b = await createComponentBackend(kind);
    const changePassword = vi.fn(b.user.changePassword);
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: { ...b.user, changePassword } });
    const current = await screen.findByLabelText('Current password', {}, { timeout: 5000 });
    const next = screen.getByLabelText('New password');
    await user.click(next);
    expect(chunk.load).toHaveBeenCalled(); // focus starts the load
    await user.type(next, 'Velvet-Orbit-Canyon-92');
    expect(next).toHaveAccessibleDescription('Checking the strength…'); // not "strong" before the estimator has said so
    await user.clear(next);
    await user.type(next, 'Winter2023!!');
    expect(next).toHaveAccessibleDescription('A season or month with a year is among the first guesses; choose another'); // a light rule
    await user.clear(next);
    await user.type(next, COMMON);
    expect(next).toHaveAccessibleDescription('Checking the strength…');
    await user.type(current, GRACE);
    await user.type(screen.getByLabelText('Confirm new password'), COMMON);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(next).toHaveAccessibleDescription(expect.stringContaining(TOO_COMMON)));
    expect(changePassword).toHaveBeenCalledTimes(1);
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveFocus();
  });
});

describe('PasswordChange once the estimator has arrived', () => {
  it('refuses a common password on the client, in the hint and on submit, without a request', async () => {
    chunk.arrive(passwordEstimator());
    const b = await createComponentBackend('memory');
    const changePassword = vi.fn(b.user.changePassword);
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: { ...b.user, changePassword } });
    const current = await screen.findByLabelText('Current password', {}, { timeout: 5000 });
    const next = screen.getByLabelText('New password');
    await user.type(current, GRACE);
    await user.type(next, COMMON);
    await waitFor(() => expect(next).toHaveAccessibleDescription(TOO_COMMON));
    await user.type(screen.getByLabelText('Confirm new password'), COMMON);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(next).toHaveAccessibleDescription(expect.stringMatching(new RegExp(`^${TOO_COMMON}\\s*$`)))); // said once, on the field
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveFocus();
    expect(changePassword).not.toHaveBeenCalled();
  });
});
