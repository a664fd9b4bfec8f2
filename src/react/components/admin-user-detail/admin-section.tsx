import { useId, type ReactNode, type RefObject } from 'react';

export interface AdminSectionProps {
  /** `data-pk-section`. */
  name: string;
  title: ReactNode;
  /** Set when a removed row may take the focused button with it: the heading takes focus instead. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  children?: ReactNode;
}

/** One titled section of `AdminUserDetail`, labelled by its heading. */
export function AdminSection({ name, title, headingRef, children }: AdminSectionProps) {
  const headingId = useId();
  return (
    <section className="pk-section pk-admin-section" aria-labelledby={headingId} data-pk-section={name}>
      <h3 className="pk-section-title" id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h3>
      {children}
    </section>
  );
}
