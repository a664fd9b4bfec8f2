import * as z from 'zod';
import { LIMITS } from '../config/limits';
import { canonicalizeLocale } from '../text/canonicalize-locale';
import { hasControlCharacters } from '../text/has-control-characters';
import { isWellFormed } from '../text/is-well-formed';
import { normalizeEmail } from '../text/normalize-email';
import { customIssue, withIssue } from './zod-issue';

// The value rules, written once: the field config derives its patch and read schemas from
// these, and the same schemas run in the browser and on the server. No coercion: a number
// field takes a JSON number, never "42".

const NOT_ALLOWED = withIssue('controlChars');

/**
 * The base of every string the API accepts (field values, attribute names and values, emails,
 * passwords, tokens): well-formed Unicode only, so a lone surrogate half (`"\ud800"` in JSON)
 * is a `validation` error on its field, never stored.
 */
export const stringSchema = z.string().refine(isWellFormed, NOT_ALLOWED);

export function textSchema(options: { maxLength: number; minLength?: number; multiLine?: boolean }) {
  return stringSchema
    .max(Math.max(options.maxLength * 2, 64), withIssue('tooLong'))
    .refine((s) => !hasControlCharacters(s, options.multiLine), NOT_ALLOWED)
    .transform((s) => (options.multiLine ? s.replace(/\r\n?/g, '\n').trim() : s.trim()))
    .pipe(
      z
        .string()
        .min(options.minLength ?? 0, withIssue('atLeastChars', { n: options.minLength ?? 0 }))
        .max(options.maxLength, withIssue('atMostChars', { n: options.maxLength })),
    );
}

export const emailSchema = stringSchema
  .max(LIMITS.email * 2, withIssue('tooLong'))
  .transform(normalizeEmail)
  .pipe(z.email(withIssue('email')).max(LIMITS.email, withIssue('atMostChars', { n: LIMITS.email })));

export const urlSchema = stringSchema
  .trim()
  .max(LIMITS.url, withIssue('atMostChars', { n: LIMITS.url }))
  .refine(isWebUrl, withIssue('url'));

export const httpsUrlSchema = urlSchema.refine((s) => s.startsWith('https:'), withIssue('httpsUrl'));

function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
}

const PHONE_CHARS = /^\+?[0-9 ()./-]+$/;
export const phoneSchema = z
  .string()
  .trim()
  .max(32, withIssue('atMostChars', { n: 32 }))
  .refine((s) => PHONE_CHARS.test(s), withIssue('phoneChars'))
  .refine((s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= LIMITS.phoneDigitsMin && digits <= LIMITS.phoneDigitsMax;
  }, withIssue('phoneDigits', { min: LIMITS.phoneDigitsMin, max: LIMITS.phoneDigitsMax }));

export const localeSchema = z
  .string()
  .max(LIMITS.locale, withIssue('atMostChars', { n: LIMITS.locale }))
  .transform((tag, ctx) => {
    const canonical = canonicalizeLocale(tag);
    if (canonical === null) {
      ctx.addIssue(customIssue('locale'));
      return z.NEVER;
    }
    return canonical;
  });

export const isoDateSchema = z.iso.date(withIssue('date'));

export const finiteNumberSchema = z.number(withIssue('expectedNumber')).refine(Number.isFinite, withIssue('finite'));
