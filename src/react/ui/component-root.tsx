import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from './class-names';

/** What every component's root element carries; the controller supplies `state`. */
export interface ComponentRootProps extends Omit<HTMLAttributes<HTMLElement>, 'className' | 'children'> {
  /** `data-pk-component`, e.g. `profile-form`. */
  component: string;
  /** The component's own class after `pk-root`, e.g. `pk-profile-form`. */
  rootClass: string;
  /** The host app's extra classes. */
  className?: string;
  /** `data-state`: owned by the component's controller, never reported up by a child. */
  state: string;
  /** The element: `div` (default) or `section` (a component with its own heading). */
  as?: 'div' | 'section';
  children?: ReactNode;
  /** Any other `data-pk-*` attribute (`data-pk-mode`, `data-pk-profile`, …). */
  [data: `data-${string}`]: string | undefined;
}

/** The root element of every profilekit component: `pk-root`, `data-pk-component` and `data-state`. */
export function ComponentRoot({ component, rootClass, className, state, as: Element = 'div', children, ...rest }: ComponentRootProps) {
  return (
    <Element {...rest} className={cx('pk-root', rootClass, className)} data-pk-component={component} data-state={state}>
      {children}
    </Element>
  );
}
