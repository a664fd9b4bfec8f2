import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { checkPassword, passwordEstimator, type PasswordProblem } from '../../../src/core';
import * as policyModule from '../../../src/core/password/password-policy';
import { en, fr, PasswordChange } from '../../../src/react';
import { passwordStrength } from '../../../src/react/components/password-change/strength-hint';
import { exampleAccounts, exampleConfig } from '../../../src/testing';
import { createComponentBackend, useMswServer } from '../../support/component-backends';
import { SAMPLE_APP_WORDS, SAMPLE_CONTEXT, STRONG_PASSWORDS, WEAK_PASSWORDS } from '../../support/password-samples';
import { renderWithProfileKit } from '../../support/render';

// The meter agrees with the server: it calls the core's checkPasswordPolicy (the module is
// wrapped, not replaced, to see the call) with the estimator checkPassword uses.
vi.mock('../../../src/core/password/password-policy', async (original) => {
  const actual = await original<typeof policyModule>();
  return { ...actual, checkPasswordPolicy: vi.fn(actual.checkPasswordPolicy) };
});

useMswServer();

const policy = { ...exampleConfig.password, appWords: SAMPLE_APP_WORDS };

describe('the meter’s verdict is the server’s', () => {
  it.each(WEAK_PASSWORDS)('%j: refused (%s), never good', (password, problem) => {
    const { strength, check } = passwordStrength(password, policy, SAMPLE_CONTEXT, passwordEstimator());
    expect(strength).toBe('refused');
    expect(check).toEqual(checkPassword(password, policy, SAMPLE_CONTEXT));
    expect(check).toMatchObject({ problem });
  });

  it.each(STRONG_PASSWORDS)('%j: good or strong', (password) => {
    const { strength } = passwordStrength(password, policy, SAMPLE_CONTEXT, passwordEstimator());
    expect(['good', 'strong']).toContain(strength);
    expect(checkPassword(password, policy, SAMPLE_CONTEXT).ok).toBe(true);
  });

  it('every problem has one message, in English and in French', () => {
    const problems = Object.keys(en.password.problems) as PasswordProblem[];
    expect(Object.keys(fr.password.problems)).toEqual(problems);
    for (const messages of [en, fr]) expect(new Set(Object.values(messages.password.problems)).size).toBe(problems.length);
  });
});

describe('PasswordChange’s meter, rendered', () => {
  const rendered: [string, string][] = [
    ['Password123!', en.password.problems.common],
    ['aaaaaaaaaaaa', en.password.problems.repeated],
    ['abcdefghijkl', en.password.problems.sequence],
    ['Winter2023!!', en.password.problems.date],
    ['gr4ce-hopper-2024', en.password.problems.personal],
    ['tangerine-box-7', en.password.strength.strong],
    ['kkkkkkZq7$-w', en.password.strength.good],
  ];

  it('says for each what the server would, through the core’s checkPasswordPolicy with the estimator', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: b.user });
    const next = await screen.findByLabelText('New password', {}, { timeout: 5000 });
    await user.click(next);
    for (const [password, text] of rendered) {
      await user.clear(next);
      await user.type(next, password);
      await waitFor(() => expect(next).toHaveAccessibleDescription(text));
      expect(policyModule.checkPasswordPolicy).toHaveBeenLastCalledWith(
        password,
        expect.objectContaining({ minScore: 3 }),
        expect.objectContaining({ email: exampleAccounts.user.email }),
        { estimator: passwordEstimator() },
      );
    }
  });
});
