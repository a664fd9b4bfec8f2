import { describe, expect, it } from 'vitest';
import { en, formatMessage, fr } from '../../src/react';
import { mergeMessages } from '../../src/react/i18n/messages';
import { emailSchema, phoneSchema, SERVER_ISSUE_MESSAGES, textSchema } from '../../src/core';
import { translateFieldError } from '../../src/react/i18n/translate-issue';

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('messages', () => {
  it('fr has every key en has, and no other but the ids only the server raises, each a non-empty string', () => {
    const serverIds = Object.keys(SERVER_ISSUE_MESSAGES).map((id) => `common.validation.${id}`);
    expect(leaves(en).filter((key) => serverIds.includes(key))).toEqual([]); // en shows the server's own English
    expect(leaves(fr).sort()).toEqual([...leaves(en), ...serverIds].sort());
    for (const key of leaves(fr)) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], fr);
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('every placeholder of an en string is in its fr string', () => {
    for (const key of leaves(en)) {
      const get = (m: unknown) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m) as string;
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(names(get(fr)), key).toEqual(names(get(en)));
    }
  });

  it('a partial override replaces only the strings it names', () => {
    const merged = mergeMessages(en, { common: { save: 'Store' } });
    expect(merged.common.save).toBe('Store');
    expect(merged.common.cancel).toBe(en.common.cancel);
  });

  it('formats placeholders', () => {
    expect(formatMessage('Try again in {seconds} s', { seconds: 30 })).toBe('Try again in 30 s');
  });

  it('translates the core validation messages, placeholders included, and passes others through', () => {
    // By id alone: the first issue of the core's schema (its message is English), or a plain string.
    const issue = (result: { error?: { issues: object[] } }) => result.error!.issues[0] as { message: string };
    const t = (m: string | { message: string }) => translateFieldError(m, fr);
    expect(t(issue(textSchema({ maxLength: 200 }).safeParse('x'.repeat(201))))).toBe('200 caractères au maximum');
    expect(t(issue(phoneSchema.safeParse('12')))).toBe('Entre 4 et 15 chiffres');
    expect(t(issue(emailSchema.safeParse('nope')))).toBe('Saisissez une adresse e-mail valide');
    expect(t('Something custom')).toBe('Something custom');
    expect(t({ message: 'Something custom' })).toBe('Something custom');
  });
});

describe('issue ids only the server raises', () => {
  it('show the server’s English unless a translation names them', () => {
    const input = { message: 'Another account uses this email address', issue: { code: 'emailTaken' as const } };
    expect(translateFieldError(input, en)).toBe(input.message);
    const merged = mergeMessages(en, { common: { validation: { emailTaken: 'Adresse déjà prise' } } });
    expect(translateFieldError(input, merged)).toBe('Adresse déjà prise');
  });
});
