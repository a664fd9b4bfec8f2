import { forwardRef, useId, useMemo, type InputHTMLAttributes } from 'react';
import { useFormatters } from '../i18n/use-formatters';
import type { FieldControlProps } from '../ui/field-shell';

/** The built-in profile fields edited as one line of text. */
export const BUILTIN_TEXT_FIELDS = ['name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale'] as const;
export type BuiltinTextFieldName = (typeof BUILTIN_TEXT_FIELDS)[number];

/** Whether `name` is a built-in field `BuiltinFieldInput` edits. */
export function isBuiltinTextField(name: string): name is BuiltinTextFieldName {
  return (BUILTIN_TEXT_FIELDS as readonly string[]).includes(name);
}

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type' | 'id' | 'list' | 'autoComplete'>;

export interface BuiltinFieldInputProps extends NativeInputProps {
  /** Which built-in field: decides `type`, `autocomplete`, `inputmode` and, for `locale`, the suggestions. */
  name: BuiltinTextFieldName;
  /** Id and ARIA wiring from `FieldShell`, spread onto the input. */
  control: FieldControlProps;
  /**
   * Shown but not changeable: the input gets `readonly` (focusable and read out, greyed by the
   * theme), never `disabled`. Default `false`.
   */
  readOnly?: boolean;
}

interface FieldTraits {
  type: 'text' | 'tel' | 'url';
  autoComplete: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  /** Machine-readable values (numbers, addresses, tags) read left to right in any language. */
  ltr?: boolean;
  spellCheck?: boolean;
}

const TRAITS: Record<BuiltinTextFieldName, FieldTraits> = {
  name: { type: 'text', autoComplete: 'name' },
  givenName: { type: 'text', autoComplete: 'given-name' },
  familyName: { type: 'text', autoComplete: 'family-name' },
  phone: { type: 'tel', autoComplete: 'tel', inputMode: 'tel', ltr: true, spellCheck: false },
  company: { type: 'text', autoComplete: 'organization' },
  picture: { type: 'url', autoComplete: 'photo', inputMode: 'url', ltr: true, spellCheck: false },
  locale: { type: 'text', autoComplete: 'language', ltr: true, spellCheck: false },
};

/** Language tags offered for `locale` (any valid BCP 47 tag may still be typed). */
export const LOCALE_SUGGESTIONS = [
  'ar', 'de-DE', 'en-GB', 'en-US', 'es-ES', 'es-MX', 'fr-FR', 'fr-CA', 'he-IL', 'hi-IN', 'it-IT',
  'ja-JP', 'ko-KR', 'nl-NL', 'pl-PL', 'pt-BR', 'pt-PT', 'ru-RU', 'sv-SE', 'tr-TR', 'uk-UA', 'zh-CN', 'zh-TW',
] as const;

function useLocaleOptions(): { value: string; label: string }[] {
  const { locale } = useFormatters();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = null;
    }
    return LOCALE_SUGGESTIONS.map((tag) => ({ value: tag, label: names?.of(tag) ?? tag }));
  }, [locale]);
}

function LocaleSuggestions({ id }: { id: string }) {
  const options = useLocaleOptions();
  return (
    <datalist id={id}>
      {options.map((option) => (
        <option key={option.value} value={option.value} label={option.label} />
      ))}
    </datalist>
  );
}

/**
 * The input of one built-in text field (name, given and family name, phone, company, picture
 * URL, language), with the right `type`, `autocomplete` and `inputmode` and, for the language, a
 * `<datalist>` of common tags named in the viewer's language. A plain input: pass
 * react-hook-form's `register(name)` (the ref is forwarded) or `value`/`onChange`. Enforces no
 * rule: the core schema validates.
 */
export const BuiltinFieldInput = forwardRef<HTMLInputElement, BuiltinFieldInputProps>(function BuiltinFieldInput(
  { name, control, readOnly = false, className, ...native },
  ref,
) {
  const traits = TRAITS[name];
  const listId = `${useId()}-locales`;
  const input = (
    <input
      {...control}
      {...native}
      ref={ref}
      name={name}
      type={traits.type}
      autoComplete={traits.autoComplete}
      inputMode={traits.inputMode}
      dir={traits.ltr ? 'ltr' : undefined}
      spellCheck={traits.spellCheck}
      list={name === 'locale' && !readOnly ? listId : undefined}
      readOnly={readOnly}
      className={className ? `pk-input ${className}` : 'pk-input'}
      data-pk-input={name}
    />
  );
  if (name !== 'locale' || readOnly) return input;
  return (
    <>
      {input}
      <LocaleSuggestions id={listId} />
    </>
  );
});
