import * as z from 'zod';
import { LIMITS } from '../config/limits';
import { canonicalizeLocale } from '../text/canonicalize-locale';
import { hasControlCharacters } from '../text/has-control-characters';
import { isWellFormed } from '../text/is-well-formed';
import { normalizeEmail } from '../text/normalize-email';

// The value rules, written once: the field config derives its patch and read schemas from
// these, and the same schemas run in the browser and on the server. No coercion: a number
// field takes a JSON number, never "42".

const NOT_ALLOWED = 'Contains characters that are not allowed';

/**
 * The base of every string the API accepts (field values, attribute names and values, emails,
 * passwords, tokens): well-formed Unicode only, so a lone surrogate half (`"\ud800"` in JSON)
 * is a `validation` error on its field, never stored.
 */
export const stringSchema = z.string().refine(isWellFormed, NOT_ALLOWED);

export function textSchema(options: { maxLength: number; minLength?: number; multiLine?: boolean }) {
  return stringSchema
    .max(Math.max(options.maxLength * 2, 64), 'Too long')
    .refine((s) => !hasControlCharacters(s, options.multiLine), NOT_ALLOWED)
    .transform((s) => (options.multiLine ? s.replace(/\r\n?/g, '\n').trim() : s.trim()))
    .pipe(
      z
        .string()
        .min(options.minLength ?? 0, `At least ${options.minLength ?? 0} characters`)
        .max(options.maxLength, `At most ${options.maxLength} characters`),
    );
}

export const emailSchema = stringSchema
  .max(LIMITS.email * 2, 'Too long')
  .transform(normalizeEmail)
  .pipe(z.email('Enter a valid email address').max(LIMITS.email, `At most ${LIMITS.email} characters`));

export const urlSchema = stringSchema
  .trim()
  .max(LIMITS.url, `At most ${LIMITS.url} characters`)
  .refine(isWebUrl, 'Enter a full web address (https://…)');

export const httpsUrlSchema = urlSchema.refine((s) => s.startsWith('https:'), 'Use an https:// address');

function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
}

const PHONE_CHARS = /^\+?[0-9 ()./-]+$/;
export const phoneSchema = z
  .string()
  .trim()
  .max(32, 'At most 32 characters')
  .refine((s) => PHONE_CHARS.test(s), 'Use digits, spaces and + ( ) - . only')
  .refine((s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= LIMITS.phoneDigitsMin && digits <= LIMITS.phoneDigitsMax;
  }, `Between ${LIMITS.phoneDigitsMin} and ${LIMITS.phoneDigitsMax} digits`);

export const localeSchema = z
  .string()
  .max(LIMITS.locale, `At most ${LIMITS.locale} characters`)
  .transform((tag, ctx) => {
    const canonical = canonicalizeLocale(tag);
    if (canonical === null) {
      ctx.addIssue({ code: 'custom', message: 'Not a valid language tag (e.g. en-GB)' });
      return z.NEVER;
    }
    return canonical;
  });

export const isoDateSchema = z.iso.date('Use the form YYYY-MM-DD');

export const finiteNumberSchema = z.number('Enter a number').refine(Number.isFinite, 'Must be a finite number');
