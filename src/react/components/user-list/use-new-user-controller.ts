import { useForm } from 'react-hook-form';
import { emailSchema, isProfileError, type CreateUserInput, type Profile, type ViewerConfig } from '../../../core/browser';
import { useCreateUser } from '../../hooks/use-create-user';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useLifecycleError } from '../account-status/use-lifecycle-error';

export interface NewUserValues {
  email: string;
  /** The whole name; the server splits it into given and family name, as a profile's name. */
  name: string;
  /** Comma-separated, as the admin screen edits roles. */
  roles: string;
  invite: boolean;
}

const FIELDS = ['email', 'name', 'roles'] as const;
const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * Owns the "New user" dialog's form: email (required, the core's email rule), name, roles when
 * the config lets this admin set them, "send an invitation" when the server can mail one. The
 * server's refusals land on their fields (an address taken, a bad name), the rest in an alert.
 */
export function useNewUserController(config: ViewerConfig, onCreated: (profile: Profile, message: string) => void) {
  const m = useComponentMessages('users', english).create;
  const fmt = useFormatters();
  const describe = useLifecycleError();
  const create = useCreateUser();
  const rolesEditable = Boolean(config.access.other?.roles?.editable);
  const defaults: NewUserValues = { email: '', name: '', roles: '', invite: config.lifecycle.invite };
  const form = useForm<NewUserValues>({ defaultValues: defaults, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { setError, clearErrors } = form;

  const register = {
    email: form.register('email', {
      validate: (value) => {
        if (value.trim() === '') return m.emailRequired;
        const parsed = emailSchema.safeParse(value.trim());
        return parsed.success || fmt.fieldError(parsed.error.issues[0]!);
      },
    }),
    name: form.register('name'),
    roles: form.register('roles'),
    invite: form.register('invite'),
  };

  const submit = form.handleSubmit(async (values) => {
    clearErrors('root');
    const roles = values.roles.split(',').map((role) => role.trim()).filter(Boolean);
    const input: CreateUserInput = {
      email: values.email.trim(),
      name: optional(values.name),
      ...(rolesEditable && roles.length > 0 ? { roles } : {}),
      ...(config.lifecycle.invite ? { invite: values.invite } : {}),
    };
    try {
      const profile = await create.mutateAsync(input);
      form.reset(defaults);
      onCreated(profile, fmt.format(input.invite ? m.invited : m.created, { email: profile.email ?? input.email }));
    } catch (error) {
      if (isProfileError(error) && error.code === 'email_taken') {
        setError('email', { type: 'server', message: fmt.error(error) }, { shouldFocus: true });
        return;
      }
      const reasons = isProfileError(error) && error.fields ? fmt.fieldErrors(error) : {};
      let focus = true;
      for (const name of FIELDS) {
        if (reasons[name] === undefined) continue;
        setError(name, { type: 'server', message: reasons[name] }, { shouldFocus: focus });
        focus = false;
      }
      if (focus) setError('root', { type: 'server', message: describe(error) });
    }
  });

  const { errors } = form.formState;
  return {
    register,
    control: form.control,
    submit,
    reset: () => form.reset(defaults),
    busy: create.isPending,
    rolesEditable,
    canInvite: config.lifecycle.invite,
    errors: { email: errors.email?.message, name: errors.name?.message, roles: errors.roles?.message },
    alert: errors.root?.message ?? null,
  };
}
