import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { BuiltinFieldInput, type BuiltinTextFieldName } from '../../../src/react/fields/builtin-field-input';
import { FieldShell } from '../../../src/react/ui/field-shell';
import { ProfileKitProvider, fr } from '../../../src/react';
import type { ProfileAdapter } from '../../../src/core';

const noAdapter = {} as ProfileAdapter;

function Field({ name, children }: { name: BuiltinTextFieldName; children: (control: Parameters<Parameters<typeof FieldShell>[0]['children']>[0]) => React.ReactNode }) {
  return (
    <FieldShell id={`f-${name}`} label={name}>
      {children}
    </FieldShell>
  );
}

describe('BuiltinFieldInput', () => {
  it.each([
    ['name', 'text', 'name'],
    ['givenName', 'text', 'given-name'],
    ['familyName', 'text', 'family-name'],
    ['phone', 'tel', 'tel'],
    ['company', 'text', 'organization'],
    ['picture', 'url', 'photo'],
    ['locale', 'text', 'language'],
  ] as const)('%s is a labelled input of type %s with autocomplete=%s', (name, type, autoComplete) => {
    render(
      <ProfileKitProvider adapter={noAdapter}>
        <Field name={name}>{(control) => <BuiltinFieldInput name={name} control={control} defaultValue="" />}</Field>
      </ProfileKitProvider>,
    );
    const input = screen.getByLabelText(name);
    expect(input).toHaveAttribute('type', type);
    expect(input).toHaveAttribute('autocomplete', autoComplete);
    expect(input).toHaveAttribute('name', name);
    expect(input).toHaveClass('pk-input');
  });

  it('locale suggests common tags named in the viewer\'s language', () => {
    render(
      <ProfileKitProvider adapter={noAdapter} messages={fr} locale="fr">
        <Field name="locale">{(control) => <BuiltinFieldInput name="locale" control={control} defaultValue="" />}</Field>
      </ProfileKitProvider>,
    );
    const input = screen.getByRole('combobox', { name: 'locale' });
    const list = document.getElementById(input.getAttribute('list')!);
    const options = [...(list?.querySelectorAll('option') ?? [])];
    expect(options.find((o) => o.value === 'de-DE')?.label).toBe('allemand (Allemagne)');
  });

  it('works with react-hook-form register (ref forwarded) and keeps readonly focusable', async () => {
    let submitted: unknown;
    function Form() {
      const form = useForm({ defaultValues: { company: 'Harvard Mark I' } });
      return (
        <form onSubmit={form.handleSubmit((values) => (submitted = values))}>
          <Field name="company">{(control) => <BuiltinFieldInput {...form.register('company')} name="company" control={control} />}</Field>
          <button type="submit">Go</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(
      <ProfileKitProvider adapter={noAdapter}>
        <Form />
      </ProfileKitProvider>,
    );
    const input = screen.getByLabelText('company');
    expect(input).toHaveValue('Harvard Mark I');
    await user.type(input, ' Labs');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(submitted).toEqual({ company: 'Harvard Mark I Labs' });
  });

  it('works controlled, and readonly ignores typing without being disabled', async () => {
    function Controlled({ readOnly }: { readOnly?: boolean }) {
      const [value, setValue] = useState('+1 555');
      return <Field name="phone">{(control) => <BuiltinFieldInput name="phone" control={control} value={value} readOnly={readOnly} onChange={(e) => setValue(e.target.value)} />}</Field>;
    }
    const user = userEvent.setup();
    const { rerender } = render(
      <ProfileKitProvider adapter={noAdapter}>
        <Controlled />
      </ProfileKitProvider>,
    );
    await user.type(screen.getByLabelText('phone'), ' 0100');
    expect(screen.getByLabelText('phone')).toHaveValue('+1 555 0100');
    rerender(
      <ProfileKitProvider adapter={noAdapter}>
        <Controlled readOnly />
      </ProfileKitProvider>,
    );
    const input = screen.getByLabelText('phone');
    expect(input).toHaveAttribute('readonly');
    expect(input).toBeEnabled();
    await user.type(input, '9');
    expect(input).toHaveValue('+1 555 0100');
  });
});
