import type { RefObject } from 'react';

export interface AttributeInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  maxLength: number;
}

/** One input of "Add attribute" (the name or the value), with its error tied to it. */
export function AttributeInput({ id, label, value, onChange, error, inputRef, maxLength }: AttributeInputProps) {
  return (
    <div className="pk-field">
      <label className="pk-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="pk-input"
        autoComplete="off"
        value={value}
        maxLength={maxLength * 2}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="pk-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
