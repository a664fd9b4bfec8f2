export interface PasswordChangeProps {
  /** Added to the root element's classes (`pk-root pk-password-change`). */
  className?: string;
  /** Called once the password changed (the fields are cleared and the success announced by then). */
  onChanged?: () => void;
}

/**
 * The root's `data-state`: `loading` / `error` (the profile or config could not load), then
 * `idle`, `invalid` (a field shows an error), `submitting`, `success`, `failed` (an error with no
 * field to land on: rate limited, network).
 */
export type PasswordChangeState = 'loading' | 'error' | 'idle' | 'invalid' | 'submitting' | 'success' | 'failed';
