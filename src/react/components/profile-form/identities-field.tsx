import type { FieldReason, Identity } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { FieldShell } from '../../ui/field-shell';

/** Brand names of the usual sign-in providers (not translated); others show as stored. */
const PROVIDERS: Record<string, string> = {
  apple: 'Apple',
  github: 'GitHub',
  gitlab: 'GitLab',
  google: 'Google',
  microsoft: 'Microsoft',
  saml: 'SAML',
};

export interface IdentitiesFieldProps {
  id: string;
  label: string;
  identities: readonly Identity[];
  reason: FieldReason | null;
  className?: string;
}

/**
 * Linked sign-ins (Google, GitHub, SAML…): one `readonly` input per identity, labelled by the
 * provider, with the address and the date it was linked; the group carries the reason.
 */
export function IdentitiesField({ id, label, identities, reason, className }: IdentitiesFieldProps) {
  const { common, profileForm: m } = useMessages();
  const fmt = useFormatters();
  if (identities.length === 0) {
    return (
      <FieldShell id={id} label={label} readOnlyReason={reason} className={className}>
        {(control) => <input {...control} className="pk-input" type="text" readOnly value="" placeholder={common.empty} />}
      </FieldShell>
    );
  }
  return (
    <FieldShell id={id} as="fieldset" label={label} readOnlyReason={reason} className={className}>
      {(control) => (
        <ul className="pk-identities" role="list">
          {identities.map((identity, index) => {
            const inputId = `${id}-${index}`;
            const date = fmt.date(identity.linkedAt);
            const value = identity.email ? fmt.format(m.identity, { email: identity.email, date }) : fmt.format(m.identityNoEmail, { date });
            return (
              <li key={`${identity.provider}:${identity.subject}`} className="pk-identity" data-pk-provider={identity.provider}>
                <label className="pk-identity-provider" htmlFor={inputId}>
                  {PROVIDERS[identity.provider.toLowerCase()] ?? identity.provider}
                </label>
                <input id={inputId} aria-describedby={control['aria-describedby']} className="pk-input" type="text" readOnly value={value} />
              </li>
            );
          })}
        </ul>
      )}
    </FieldShell>
  );
}
