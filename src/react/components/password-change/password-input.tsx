import { useState, type ComponentPropsWithRef } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { FieldControlProps } from '../../ui/field-shell';

export interface PasswordInputProps extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'id' | 'className'> {
  /** Id and ARIA wiring from `FieldShell`. */
  control: FieldControlProps;
  /** `current-password` for the current one, `new-password` for a new one and its confirmation. */
  autoComplete: 'current-password' | 'new-password';
  /** Accessible name of the show/hide toggle; must start with the toggle's visible text (`password.show`). */
  toggleLabel: string;
}

/**
 * A password input with a show/hide toggle. The toggle is a toggle button (`aria-pressed`,
 * `aria-controls` the input) that keeps its name; pasting is allowed (password managers).
 */
export function PasswordInput({ control, autoComplete, toggleLabel, ...input }: PasswordInputProps) {
  const { password: messages } = useMessages();
  const [shown, setShown] = useState(false);
  return (
    <span className="pk-password-input" data-state={shown ? 'shown' : 'hidden'}>
      <input
        {...input}
        {...control}
        type={shown ? 'text' : 'password'}
        className="pk-input"
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
      />
      <button
        type="button"
        className="pk-button pk-password-toggle"
        aria-pressed={shown}
        aria-controls={control.id}
        aria-label={toggleLabel}
        onClick={() => setShown((value) => !value)}
      >
        {messages.show}
      </button>
    </span>
  );
}
