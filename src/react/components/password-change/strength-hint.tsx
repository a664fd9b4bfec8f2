import { memo } from 'react';
import { checkPasswordPolicy, codePointLength, type CommonPasswordTest, type PasswordContext, type ViewerConfig } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';

/** What the hint says about a password: a policy problem, or how strong an acceptable one is. */
export type PasswordStrength = 'empty' | 'tooShort' | 'tooLong' | 'common' | 'personal' | 'fair' | 'good' | 'strong';

const PROBLEM = { too_short: 'tooShort', too_long: 'tooLong', common: 'common', personal: 'personal' } as const;
const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u];

/**
 * A cheap, local estimate (no dictionary download): the core's policy check first (length,
 * common-password list once `isCommon` has loaded, the user's own name and email), then length
 * beyond the minimum and the variety of characters for an acceptable password. Length counts
 * most (NIST SP 800-63B).
 */
export function passwordStrength(
  password: string,
  policy: ViewerConfig['password'],
  context: PasswordContext,
  isCommon: CommonPasswordTest | null,
): PasswordStrength {
  if (password === '') return 'empty';
  const check = checkPasswordPolicy(password, policy, context, { isCommon });
  if (!check.ok) return PROBLEM[check.problem];
  const length = codePointLength(check.password);
  const distinct = new Set(check.password).size;
  const variety = CLASSES.filter((pattern) => pattern.test(check.password)).length;
  const extra = length - policy.minLength;
  // "aaaaaaaaaaaaaa" passes the policy but is no stronger for its length.
  if (distinct < Math.min(8, length / 2)) return 'fair';
  if (extra >= 8 || (extra >= 4 && variety >= 3)) return 'strong';
  if (extra >= 4 || variety >= 3) return 'good';
  return 'fair';
}

const LEVEL: Record<PasswordStrength, number> = { empty: 0, tooShort: 0, tooLong: 0, common: 0, personal: 0, fair: 1, good: 2, strong: 3 };

export interface StrengthHintProps {
  /** Id of the text, for the input's `aria-describedby`. */
  id?: string;
  password: string;
  policy: ViewerConfig['password'];
  /** The account's email and names: a password containing them is refused. */
  context: PasswordContext;
  /** The common-password test once its lazy chunk has loaded; `null` skips that rule until then. */
  isCommon: CommonPasswordTest | null;
}

/**
 * The strength hint under a new password: a three-step meter (decoration) and a sentence in a
 * polite live region. The sentence only changes when the verdict does, not on every keystroke.
 */
export const StrengthHint = memo(function StrengthHint({ id, password, policy, context, isCommon }: StrengthHintProps) {
  const { password: messages } = useMessages();
  const fmt = useFormatters();
  const strength = passwordStrength(password, policy, context, isCommon);
  const level = LEVEL[strength];
  return (
    <span className="pk-strength" data-pk-strength={strength}>
      <span className="pk-strength-meter" aria-hidden="true" data-level={level}>
        {[1, 2, 3].map((step) => (
          <span key={step} className="pk-strength-step" data-filled={step <= level ? 'true' : 'false'} />
        ))}
      </span>
      <span id={id} className="pk-strength-text" aria-live="polite">
        {fmt.format(messages.strength[strength], { min: policy.minLength, max: policy.maxLength })}
      </span>
    </span>
  );
});
