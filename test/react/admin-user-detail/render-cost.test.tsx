import { screen, waitFor, within } from '@testing-library/react';
import type { ProfilerOnRenderCallback } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AdminUserDetail } from '../../../src/react';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';
import { GRACE } from './support';

useMswServer();

// Test-only: every row of AdminUserDetail (an InlineField, or the email row) renders inside a
// React <Profiler id={row}> while a test sets `probe.onRender`, so it can tell which rows one save re-rendered.
const probe = vi.hoisted(() => ({ onRender: null as ProfilerOnRenderCallback | null }));
vi.mock('../../../src/react/components/admin-user-detail/inline-field', async (importOriginal) => {
  const { createElement, Profiler } = await import('react');
  const original = await importOriginal<typeof import('../../../src/react/components/admin-user-detail/inline-field')>();
  function ProbedInlineField(props: Parameters<typeof original.InlineField>[0]) {
    const field = createElement(original.InlineField, props);
    return probe.onRender ? createElement(Profiler, { id: props.name ?? props.id, onRender: probe.onRender }, field) : field;
  }
  return { ...original, InlineField: ProbedInlineField };
});
vi.mock('../../../src/react/components/admin-user-detail/email-row', async (importOriginal) => {
  const { createElement, memo, Profiler } = await import('react');
  const original = await importOriginal<typeof import('../../../src/react/components/admin-user-detail/email-row')>();
  // Memoised like the row itself: it re-renders exactly when the row would.
  const ProbedEmailRow = memo(function ProbedEmailRow(props: Parameters<typeof original.EmailRow>[0]) {
    const row = createElement(original.EmailRow, props);
    return probe.onRender ? createElement(Profiler, { id: 'email', onRender: probe.onRender }, row) : row;
  });
  return { ...original, EmailRow: ProbedEmailRow };
});

describe.each(BACKEND_KINDS)('AdminUserDetail render cost over %s', (kind) => {
  it('one inline save re-renders its own row and no other (React Profiler per row)', async () => {
    const b = await createComponentBackend(kind);
    const rendered: string[] = [];
    const onRender: ProfilerOnRenderCallback = (id) => {
      rendered.push(id);
    };
    probe.onRender = onRender;
    const { user } = renderWithProfileKit(<AdminUserDetail userId={GRACE} />, { adapter: b.admin });
    const history = await screen.findByRole('region', { name: 'History' }, { timeout: 5000 });
    await within(history).findByText(/Account created/);
    // The probe sees every row: the test would notice rows re-rendering.
    expect([...new Set(rendered)]).toEqual(expect.arrayContaining(['id', 'email', 'phone', 'company', 'roles', 'billing.seats', 'custom.height', 'createdAt']));
    expect(new Set(rendered).size).toBeGreaterThan(25);

    await user.click(screen.getByRole('button', { name: 'Edit Phone, Not set' }));
    await user.keyboard('+1 555 0100');
    rendered.length = 0;
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Edit Phone, +1 555 0100' });
    await within(history).findByText('Phone: Not set → +1 555 0100');
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).version).toBe(2));
    await waitFor(() => expect(screen.queryByRole('status', { name: /Saving/ })).not.toBeInTheDocument());

    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered)).toEqual(new Set(['phone']));
  });
});
