import { memo } from 'react';
import { checkPasswordPolicy, type PasswordCheck, type PasswordContext, type PasswordEstimator, type ViewerConfig } from '../../../core/browser';
import { formatMessage } from '../../i18n/messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';

/**
 * What the meter says about a password: `refused` (the policy's problem, the server's verdict
 * too), `checking` (the light rules pass but the estimator has not loaded: never "good"
 * before it has), or how strong an acceptable one is (the estimator's score: 4 `strong`, 3
 * `good`, lower `fair`, which only a policy with `minScore` under 3 accepts).
 */
export type PasswordStrength = 'empty' | 'checking' | 'refused' | 'fair' | 'good' | 'strong';

/** The meter's verdict: the core's `checkPasswordPolicy`, the same call the server makes, read as a strength. */
export function passwordStrength(
  password: string,
  policy: ViewerConfig['password'],
  context: PasswordContext,
  estimator: PasswordEstimator | null,
): { strength: PasswordStrength; check: PasswordCheck | null } {
  if (password === '') return { strength: 'empty', check: null };
  const check = checkPasswordPolicy(password, policy, context, { estimator });
  if (!check.ok) return { strength: 'refused', check };
  if (check.score === null) return { strength: 'checking', check };
  return { strength: check.score >= 4 ? 'strong' : check.score >= 3 ? 'good' : 'fair', check };
}

const LEVEL: Record<PasswordStrength, number> = { empty: 0, checking: 0, refused: 0, fair: 1, good: 2, strong: 3 };

export interface StrengthHintProps {
  /** Id of the text, for the input's `aria-describedby`. */
  id?: string;
  password: string;
  policy: ViewerConfig['password'];
  /** The account's email and names: a password containing them is refused. */
  context: PasswordContext;
  /** The estimator once its lazy chunk has loaded; `null` until then (the meter says "checking"). */
  estimator: PasswordEstimator | null;
  /** The field shows an error already: the problem is not said twice. */
  quiet?: boolean;
}

/**
 * The strength hint under a new password: a three-step meter (decoration) and a sentence in a
 * polite live region, the policy's problem in the same words as the field's error. The sentence
 * only changes when the verdict does, not on every keystroke.
 */
export const StrengthHint = memo(function StrengthHint({ id, password, policy, context, estimator, quiet }: StrengthHintProps) {
  const { password: messages } = useMessages();
  const fmt = useFormatters();
  const { strength, check } = passwordStrength(password, policy, context, estimator);
  const level = LEVEL[strength];
  const sentence =
    check && !check.ok
      ? quiet
        ? null
        : formatMessage(messages.problems[check.problem], check.params)
      : fmt.format(messages.strength[strength as Exclude<PasswordStrength, 'refused'>], { min: policy.minLength, max: policy.maxLength });
  return (
    <span className="pk-strength" data-pk-strength={strength} data-pk-problem={check && !check.ok ? check.problem : undefined}>
      <span className="pk-strength-meter" aria-hidden="true" data-level={level}>
        {[1, 2, 3].map((step) => (
          <span key={step} className="pk-strength-step" data-filled={step <= level ? 'true' : 'false'} />
        ))}
      </span>
      <span id={id} className="pk-strength-text" aria-live="polite">
        {sentence}
      </span>
    </span>
  );
});
