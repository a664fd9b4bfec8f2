import { forwardRef, useId, type ReactNode } from 'react';

export interface AdminSectionProps {
  /** `data-pk-section`. */
  name: string;
  title: string;
  children?: ReactNode;
}

/**
 * One titled section of `AdminUserDetail`, labelled by its heading. The heading takes focus
 * (through `ref`) when a removed row took the focused button with it.
 */
export const AdminSection = forwardRef<HTMLHeadingElement, AdminSectionProps>(function AdminSection({ name, title, children }, ref) {
  const headingId = useId();
  return (
    <section className="pk-section pk-admin-section" aria-labelledby={headingId} data-pk-section={name}>
      <h3 className="pk-section-title" id={headingId} ref={ref} tabIndex={ref ? -1 : undefined}>
        {title}
      </h3>
      {children}
    </section>
  );
});
