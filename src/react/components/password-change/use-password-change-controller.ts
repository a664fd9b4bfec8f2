import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod';
import { checkPasswordPolicy, isProfileError, normalizePassword, type PasswordContext } from '../../../core/browser';
import { useChangePassword } from '../../hooks/use-change-password';
import { formatMessage } from '../../i18n/messages';
import { issueResolver } from '../../i18n/issue-resolver';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { focusIfLost } from '../../ui/focus-if-lost';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import type { PasswordChangeState } from './password-change-props';
import { usePasswordEstimator } from './use-password-estimator';

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const EMPTY: PasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };
const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/**
 * Owns a PasswordChange: the three fields checked as typed against the config's policy (with
 * the lazy estimator), the change, where its errors land, focus after it, its `data-state`.
 */
export function usePasswordChangeController({ profile, config }: LoadedProfile, onChanged?: () => void) {
  const messages = useMessages().password;
  const fmt = useFormatters();
  const mutation = useChangePassword();
  const policy = config.password;
  const [alert, setAlert] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const { estimator, load: loadEstimator } = usePasswordEstimator();

  const context = useMemo<PasswordContext>(
    () => ({ email: profile.email, names: [profile.name, profile.givenName, profile.familyName] }),
    [profile.email, profile.name, profile.givenName, profile.familyName],
  );

  const schema = useMemo(
    () =>
      z
        .object({ currentPassword: z.string(), newPassword: z.string(), confirmPassword: z.string() })
        .superRefine((values, ctx) => {
          const issue = (path: keyof PasswordValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
          if (values.currentPassword === '') issue('currentPassword', messages.currentRequired);
          const check = checkPasswordPolicy(values.newPassword, policy, context, { estimator });
          if (!check.ok) issue('newPassword', formatMessage(messages.problems[check.problem], check.params));
          else if (values.currentPassword !== '' && check.password === normalizePassword(values.currentPassword)) {
            issue('newPassword', messages.sameAsCurrent);
          }
          if (values.confirmPassword === '') issue('confirmPassword', messages.confirmRequired);
          else if (values.confirmPassword !== values.newPassword) issue('confirmPassword', messages.mismatch);
        }),
    [messages, policy, context, estimator],
  );

  const form = useForm<PasswordValues>({
    resolver: issueResolver(schema, fmt),
    defaultValues: EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { control, reset, setError, formState } = form;
  const newPassword = useWatch({ control, name: 'newPassword' });
  const { errors, isSubmitting } = formState;

  const statusRef = useRef<HTMLParagraphElement>(null);
  /** A change is under way: a second press of the (still focusable) button does nothing. */
  const inFlight = useRef(false);
  const change = async (values: PasswordValues) => {
    setAlert(null);
    setChanged(false);
    try {
      await mutation.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    } catch (error) {
      if (isProfileError(error) && error.code === 'invalid_current_password') {
        setError('currentPassword', { type: 'server', message: messages.wrongCurrent }, { shouldFocus: true });
        return;
      }
      if (isProfileError(error) && error.code === 'validation' && error.fields) {
        let focus = true;
        // A server reason in the viewer's language, by its id (a policy problem, `sameAsCurrent`).
        const reasons = fmt.fieldErrors(error);
        for (const name of FIELDS) {
          const message = reasons[name];
          if (message === undefined) continue;
          setError(name, { type: 'server', message }, { shouldFocus: focus });
          focus = false;
        }
        if (!focus) return;
      }
      setAlert(fmt.error(error));
      return;
    }
    reset(EMPTY);
    setChanged(true);
    onChanged?.();
  };
  const submit = form.handleSubmit(async (values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await change(values);
    } finally {
      inFlight.current = false;
      focusIfLost(() => statusRef.current);
    }
  });

  const invalid = Object.keys(errors).length > 0;
  const state: PasswordChangeState = isSubmitting ? 'submitting' : invalid ? 'invalid' : alert ? 'failed' : changed ? 'success' : 'idle';
  /** What the strength meter under the new password shows. */
  const hint = { password: newPassword, policy, context, estimator, quiet: errors.newPassword !== undefined };
  return { state, register: form.register, errors, isSubmitting, hint, loadEstimator, alert, changed, statusRef, submit };
}
