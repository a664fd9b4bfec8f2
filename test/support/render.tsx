import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { ProfileAdapter } from '../../src/core';
import { ProfileKitProvider, type ProfileKitMessagesInput } from '../../src/react';

export interface RenderOptions {
  adapter: ProfileAdapter;
  messages?: ProfileKitMessagesInput;
  locale?: string;
  /** Wraps the UI in `<div dir>` (right-to-left checks). */
  dir?: 'ltr' | 'rtl';
}

/** The one render helper: `ui` inside a ProfileKitProvider over `adapter`, plus a userEvent session. */
export function renderWithProfileKit(ui: ReactElement, { adapter, messages, locale, dir }: RenderOptions): RenderResult & { user: ReturnType<typeof userEvent.setup> } {
  const user = userEvent.setup();
  const result = render(
    <ProfileKitProvider adapter={adapter} messages={messages} locale={locale}>
      {dir ? <div dir={dir}>{ui}</div> : ui}
    </ProfileKitProvider>,
  );
  return Object.assign(result, { user });
}
