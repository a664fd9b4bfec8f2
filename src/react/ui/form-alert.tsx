/** An error about the whole form (not one field), announced at once. Renders nothing without a message. */
export function FormAlert({ message, id }: { message?: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p className="pk-form-alert" role="alert" id={id}>
      {message}
    </p>
  );
}
