import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CustomFieldConfig } from '../../../src/core';
import {
  CustomFieldInput,
  customFieldShellAs,
  fromCustomFormValue,
  toCustomFormValue,
  type CustomFormValue,
} from '../../../src/react/fields/custom-field-input';
import { FieldShell } from '../../../src/react/ui/field-shell';
import { exampleConfig } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';

const field = (key: string) => exampleConfig.custom[key]!;
const TYPES = ['industry', 'bio', 'height', 'newsletter', 'fitnessGoal', 'interests', 'birthday', 'website', 'backupEmail', 'mobile'];

function Harness({ name, initial, readOnly = false, onChange }: { name: string; initial: CustomFormValue; readOnly?: boolean; onChange?: (v: CustomFormValue) => void }) {
  const f = field(name);
  const [value, setValue] = useState(initial);
  return (
    <FieldShell id={`f-${name}`} label={f.label} as={customFieldShellAs(f)} readOnlyReason={readOnly ? 'not-permitted' : null} required={f.required}>
      {(control) => (
        <CustomFieldInput
          field={f}
          control={control}
          name={`custom.${name}`}
          value={value}
          readOnly={readOnly}
          onChange={(v) => {
            setValue(v);
            onChange?.(v);
          }}
        />
      )}
    </FieldShell>
  );
}

describe('CustomFieldInput', () => {
  it('renders the right control per type', () => {
    render(
      <>
        {TYPES.map((name) => (
          <Harness key={name} name={name} initial={toCustomFormValue(field(name), undefined)} />
        ))}
      </>,
    );
    expect(screen.getByLabelText('Industry')).toHaveAttribute('maxLength', '80');
    expect(screen.getByLabelText('About you').tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('Height')).toMatchObject({ type: 'number', min: '50', max: '250', step: '1' });
    expect(screen.getByLabelText('Height')).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText('Height')).toHaveAccessibleDescription('cm');
    expect(screen.getByRole('switch', { name: 'Monthly newsletter' })).toHaveClass('pk-switch');
    expect(screen.getByRole('combobox', { name: 'Fitness goal' })).toHaveDisplayValue('—');
    expect(screen.getByRole('group', { name: 'Interests' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByLabelText('Birthday')).toMatchObject({ type: 'date', min: '1900-01-01', max: '2030-12-31' });
    expect(screen.getByLabelText('Website')).toHaveAttribute('type', 'url');
    expect(screen.getByLabelText('Backup email')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Mobile')).toMatchObject({ type: 'tel', autocomplete: 'tel' });
  });

  it('a required select has no empty choice once it has a value', () => {
    const required: CustomFieldConfig = { ...field('fitnessGoal'), required: true } as CustomFieldConfig;
    const { rerender } = render(<CustomFieldInput field={required} control={{ id: 'x' }} name="x" value="gain" onChange={() => undefined} />);
    expect(screen.queryByRole('option', { name: '—' })).not.toBeInTheDocument();
    rerender(<CustomFieldInput field={required} control={{ id: 'x' }} name="x" value="" onChange={() => undefined} />);
    expect(screen.getByRole('option', { name: '—' })).toBeInTheDocument();
  });

  it('read-only: focusable, readonly or aria-readonly, never disabled, changes ignored; no axe violations', async () => {
    const onChange = vi.fn();
    const values: Record<string, CustomFormValue> = { newsletter: true, fitnessGoal: 'gain', interests: ['yoga'], industry: 'Navy' };
    render(
      <>
        {TYPES.map((name) => (
          <Harness key={name} name={name} readOnly onChange={onChange} initial={values[name] ?? toCustomFormValue(field(name), undefined)} />
        ))}
      </>,
    );
    const user = userEvent.setup();
    for (const el of [...document.querySelectorAll('input, textarea, select')]) expect(el).not.toBeDisabled();
    expect(screen.getByLabelText('Industry')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('About you')).toHaveAttribute('readonly');
    const toggle = screen.getByRole('switch', { name: 'Monthly newsletter' });
    expect(toggle).toHaveAttribute('aria-readonly', 'true');
    await user.click(toggle);
    expect(toggle).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Running' }));
    expect(screen.getByRole('checkbox', { name: 'Running' })).not.toBeChecked();
    await user.selectOptions(screen.getByLabelText('Fitness goal'), 'lose');
    expect(screen.getByLabelText('Fitness goal')).toHaveValue('gain');
    await user.type(screen.getByLabelText('Industry'), 'x');
    expect(screen.getByLabelText('Industry')).toHaveValue('Navy');
    expect(onChange).not.toHaveBeenCalled();
    await expectNoAxeViolations();
  });

  it('editable: no axe violations, multi-select keeps option order', async () => {
    const onChange = vi.fn();
    render(<Harness name="interests" initial={[]} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Yoga' }));
    await user.click(screen.getByRole('checkbox', { name: 'Running' }));
    expect(onChange).toHaveBeenLastCalledWith(['running', 'yoga']);
    await expectNoAxeViolations();
  });
});

describe('toCustomFormValue / fromCustomFormValue', () => {
  it('round-trips stored values', () => {
    const stored: Record<string, unknown> = {
      industry: 'Navy',
      bio: 'a\nb',
      height: 170.5,
      newsletter: true,
      fitnessGoal: 'gain',
      interests: ['running'],
      birthday: '1906-12-09',
      website: 'https://x.example',
      backupEmail: 'a@b.co',
      mobile: '+1 555 0100',
    };
    for (const [name, value] of Object.entries(stored)) {
      const f = field(name);
      expect(fromCustomFormValue(f, toCustomFormValue(f, value as never))).toEqual(value);
    }
  });

  it('unset values are empty inputs; empty inputs clear', () => {
    expect(toCustomFormValue(field('newsletter'), undefined)).toBe(false);
    expect(toCustomFormValue(field('interests'), undefined)).toEqual([]);
    expect(toCustomFormValue(field('height'), undefined)).toBe('');
    expect(fromCustomFormValue(field('industry'), '')).toBeNull();
    expect(fromCustomFormValue(field('industry'), '  ')).toBeNull();
    expect(fromCustomFormValue(field('interests'), [])).toBeNull();
    expect(fromCustomFormValue(field('newsletter'), false)).toBe(false);
  });

  it('number text becomes a number; other text stays text for the schema to report', () => {
    const height = field('height');
    expect(fromCustomFormValue(height, '182')).toBe(182);
    expect(fromCustomFormValue(height, ' -1.5e2 ')).toBe(-150);
    expect(fromCustomFormValue(height, '.5')).toBe(0.5);
    expect(fromCustomFormValue(height, '')).toBeNull();
    expect(fromCustomFormValue(height, '12abc')).toBe('12abc');
    expect(fromCustomFormValue(height, 'Infinity')).toBe('Infinity');
  });
});
