import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkPassword, checkPasswordPolicy, codePointLength, isCommonPassword, loadCommonPasswords } from '../../src/core';

const policy = { minLength: 12, maxLength: 128 };
const check = (password: string, context = {}) => checkPassword(password, policy, context);

describe('checkPassword', () => {
  it('counts code points: 11 is too short, 12 is enough; 128 is the most, 129 too many', () => {
    expect(check('k'.repeat(5) + 'Zq7$-w').ok).toBe(false);
    expect(check('k'.repeat(6) + 'Zq7$-w')).toEqual({ ok: true, password: 'kkkkkkZq7$-w' });
    expect(check('Zq7$'.repeat(32)).ok).toBe(true);
    expect(check('Zq7$'.repeat(32) + 'x')).toMatchObject({ ok: false, problem: 'too_long' });
    expect(check('Zq7$'.repeat(2) + 'abc')).toMatchObject({ ok: false, problem: 'too_short' });
  });

  it('counts an emoji as one character', () => {
    const elevenEmoji = '🦊🐙🦉🐝🦋🐢🦔🐳🦜🐸🦒';
    expect(codePointLength(elevenEmoji)).toBe(11);
    expect(check(elevenEmoji)).toMatchObject({ ok: false, problem: 'too_short' });
    expect(check(elevenEmoji + '🦩').ok).toBe(true);
  });

  it('normalises to NFKC, so compatibility forms count and compare as their plain form', () => {
    const fullWidth = 'ｐａｓｓｗｏｒｄ１２３４'; // full-width "password1234"
    expect(check(fullWidth)).toMatchObject({ ok: false, problem: 'common' });
    const ligature = 'ﬁ'.repeat(6); // 6 code points, NFKC "fi" x6 = 12
    expect(check(ligature)).toEqual({ ok: true, password: 'fi'.repeat(6) });
  });

  it('refuses common passwords whatever their case', () => {
    expect(check('Qwerty123456')).toMatchObject({ ok: false, problem: 'common' });
    expect(check('1qaz2wsx3edc')).toMatchObject({ ok: false, problem: 'common' });
  });

  it('refuses the email local part and the user’s names, not short fragments', () => {
    expect(check('my-jdoe1987-secret', { email: 'jdoe1987@example.com' })).toMatchObject({ ok: false, problem: 'personal' });
    expect(check('Lovelace-Engine-42', { names: ['Ada Lovelace'] })).toMatchObject({ ok: false, problem: 'personal' });
    expect(check('Banana-Tractor-77', { email: 'al@example.com', names: ['Al'] }).ok).toBe(true);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 200 }), fc.emailAddress()])('never crashes', (password, email) => {
    const result = check(password, { email, names: [password.slice(0, 4)] });
    expect(typeof result.ok).toBe('boolean');
  });
});

describe('checkPasswordPolicy (the same rule, the common-password test supplied)', () => {
  it('with the shipped list it is checkPassword', () => {
    for (const password of ['Qwerty123456', 'ｐａｓｓｗｏｒｄ１２３４', 'short', 'my-jdoe1987-secret', 'Banana-Tractor-77']) {
      const context = { email: 'jdoe1987@example.com' };
      expect(checkPasswordPolicy(password, policy, context, { isCommon: isCommonPassword })).toEqual(checkPassword(password, policy, context));
    }
  });

  it('without the list yet (null) it skips that rule only', () => {
    const lazy = (password: string, context = {}) => checkPasswordPolicy(password, policy, context, { isCommon: null });
    expect(lazy('Qwerty123456')).toEqual({ ok: true, password: 'Qwerty123456' });
    expect(lazy('Zq7$-w')).toMatchObject({ ok: false, problem: 'too_short' });
    expect(lazy('Zq7$'.repeat(32) + 'x')).toMatchObject({ ok: false, problem: 'too_long' });
    expect(lazy('my-jdoe1987-secret', { email: 'jdoe1987@example.com' })).toMatchObject({ ok: false, problem: 'personal' });
  });

  it('loadCommonPasswords() resolves, once, to the shipped list', async () => {
    const first = loadCommonPasswords();
    expect(loadCommonPasswords()).toBe(first);
    const isCommon = await first;
    expect(isCommon).toBe(isCommonPassword);
    expect(checkPasswordPolicy('1qaz2wsx3edc', policy, {}, { isCommon })).toMatchObject({ ok: false, problem: 'common' });
  });
});
