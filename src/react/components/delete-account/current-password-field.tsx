import type { UseFormRegisterReturn } from 'react-hook-form';
import { useMessages } from '../../i18n/use-messages';
import { FieldShell } from '../../ui/field-shell';
import { PasswordInput } from '../password-change/password-input';

export interface CurrentPasswordFieldProps {
  id: string;
  /** react-hook-form's registration of the field. */
  registration: UseFormRegisterReturn;
  error?: string;
  help?: string;
}

/** "Current password", with show/hide: the re-authentication a deletion and its cancellation ask for. */
export function CurrentPasswordField({ id, registration, error, help }: CurrentPasswordFieldProps) {
  const { password } = useMessages();
  return (
    <FieldShell id={id} label={password.current} error={error} help={help} required>
      {(control) => <PasswordInput control={control} autoComplete="current-password" toggleLabel={password.showCurrent} {...registration} />}
    </FieldShell>
  );
}
