/** A small busy indicator; `label` is what screen readers hear. */
export function Spinner({ label }: { label: string }) {
  return <span className="pk-spinner" role="status" aria-label={label} />;
}
