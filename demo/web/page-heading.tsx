import { useEffect, useRef, type RefObject } from 'react';

let firstPage = true;

/**
 * Moves focus to a page's title when the page arrives by navigation (after signing in or out
 * too), so screen readers announce it and Tab goes on from there; not on the first page of a visit.
 */
export function useFocusOnArrival(heading: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus({ preventScroll: true });
  }, [heading]);
}

/** A page's title and lead. After navigating, focus moves to the title, so screen readers announce the new page. */
export function PageHeading({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · profilekit demo`;
  }, [title]);
  useFocusOnArrival(heading);
  return (
    <div className="demo-page-heading">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {lead && <p className="demo-lead">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
