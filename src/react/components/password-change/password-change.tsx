export interface PasswordChangeProps {
  className?: string;
  /** After the password changed. */
  onChanged?: () => void;
}

/** TODO(issue 4): being built. */
export function PasswordChange(_props: PasswordChangeProps) {
  return null;
}
