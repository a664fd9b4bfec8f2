import { screen } from '@testing-library/react';
import type { ProfileAdapter } from '../../../src/core';
import { CustomFieldsEditor, type CustomFieldsEditorProps, type ProfileKitMessagesInput } from '../../../src/react';
import { renderWithProfileKit } from '../../support/render';

export { GRACE } from '../../support/seed';

/** Renders the editor over `adapter` and waits for its form. */
export async function renderEditor(
  adapter: ProfileAdapter,
  props: CustomFieldsEditorProps = {},
  options: { messages?: ProfileKitMessagesInput; locale?: string; dir?: 'ltr' | 'rtl'; formName?: RegExp | string } = {},
) {
  const result = renderWithProfileKit(<CustomFieldsEditor {...props} />, { adapter, ...options });
  const form = await screen.findByRole('form', { name: options.formName ?? 'Additional information' }, { timeout: 5000 });
  return { ...result, form, root: result.container.querySelector('[data-pk-component="custom-fields-editor"]')! };
}

/** The value of a custom field in the backend, as the example user's own profile holds it. */
export async function storedCustom(adapter: ProfileAdapter, key: string) {
  return (await adapter.getProfile()).custom?.[key];
}
