import { useEffect, useRef } from 'react';

let firstPage = true;

/** A page's title and lead. After navigating, focus moves to the title, so screen readers announce the new page. */
export function PageHeading({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · profilekit demo`;
  }, [title]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus({ preventScroll: true });
  }, []);
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
