import { ProfileField } from './profile-field';
import type { UseFormRegister } from 'react-hook-form';
import { isEmptyValue, type ViewerConfig } from '../../../core/browser';
import { valueAt } from '../../fields/field-info';
import { useFormatValue } from '../../fields/use-format-value';
import { useMessages } from '../../i18n/use-messages';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import { ApiKeysSection } from './api-keys-section';
import { BillingSection } from './billing-section';
import { EmailField } from './email-field';
import type { FormEntry, ProfileFormControl, ProfileFormValues } from './form-plan';
import { IdentitiesField } from './identities-field';
import { ReadOnlyField } from './read-only-field';
import { CustomField } from './custom-field';

export interface ProfileFieldListProps {
  entries: readonly FormEntry[];
  loaded: LoadedProfile;
  control: ProfileFormControl;
  register: UseFormRegister<ProfileFormValues>;
  /** The element id of a row's input, by form name. */
  idOf: (name: string) => string;
}

const fieldClass = (name: string) => `pk-profile-form-field pk-profile-form-field--${name.replace(/\./g, '-')}`;

/** The form's rows in display order: inputs for editable fields, the rest read-only with their reason. */
export function ProfileFieldList({ entries, loaded: { profile, config, access }, control, register, idOf }: ProfileFieldListProps) {
  const { common, profileForm: m } = useMessages();
  const formatValue = useFormatValue();
  const fields = config.fields as Partial<Record<string, ViewerConfig['fields'][keyof ViewerConfig['fields']]>>;
  return entries.map((entry) => {
    const name = 'name' in entry ? entry.name : entry.kind;
    const field = fields[name];
    const shared = { id: idOf(name), label: field?.label ?? name, help: field?.help, className: fieldClass(name) };
    switch (entry.kind) {
      case 'text':
      case 'list':
        return (
          <ProfileField
            key={name} {...shared}
            name={entry.name}
            help={field?.help ?? (entry.kind === 'list' ? m.listHelp : undefined)}
            required={field?.required}
            control={control}
            register={register}
          />
        );
      case 'custom':
        return <CustomField key={name} {...shared} name={entry.name} field={entry.field} label={entry.field.label} control={control} />;
      case 'readonly': {
        const raw = valueAt(profile as Record<string, unknown>, name);
        return (
          <ReadOnlyField
            key={name} {...shared}
            label={entry.custom?.label ?? shared.label}
            help={entry.custom?.help ?? field?.help}
            value={isEmptyValue(raw) ? '' : formatValue(raw, { path: name, custom: entry.custom })}
            emptyText={common.empty}
            reason={entry.reason}
            dir={name === 'id' ? 'ltr' : undefined}
          />
        );
      }
      case 'email':
        return (
          <EmailField
            key={name} {...shared}
            label={field?.label ?? m.email.title}
            email={profile.email ?? ''}
            verified={access.emailVerified?.visible ? profile.emailVerified : undefined}
            pendingEmail={access.pendingEmail?.visible ? profile.pendingEmail : null}
            reason={access.email?.reason ?? 'email-flow'}
          />
        );
      case 'identities':
        return <IdentitiesField key={name} {...shared} identities={profile.identities ?? []} reason={entry.reason} />;
      case 'billing':
        return <BillingSection key={name} title={shared.label} billing={profile.billing} reason={access.billing?.editable ? null : (access.billing?.reason ?? 'not-permitted')} />;
      case 'apiKeys':
        return <ApiKeysSection key={name} title={shared.label} apiKeys={profile.apiKeys} />;
    }
  });
}
