import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ProfileAdapter } from '../../src/core';
import { ProfileKitProvider } from '../../src/react';

/** The one render helper: `ui` inside a ProfileKitProvider over `adapter`. */
export function renderWithProfileKit(ui: ReactElement, { adapter }: { adapter: ProfileAdapter }): RenderResult {
  return render(<ProfileKitProvider adapter={adapter}>{ui}</ProfileKitProvider>);
}
