import { screen, waitFor, within } from '@testing-library/react';
import type { ProfilerOnRenderCallback } from 'react';
import { describe, expect, it } from 'vitest';
import { AdminUserDetail } from '../../../src/react';
import { RowRenderProbe } from '../../../src/react/components/admin-user-detail/row-render-probe';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';
import { GRACE } from './support';

useMswServer();

describe.each(BACKEND_KINDS)('AdminUserDetail render cost over %s', (kind) => {
  it('one inline save re-renders its own row and no other (React Profiler per row)', async () => {
    const b = await createComponentBackend(kind);
    const rendered: string[] = [];
    const onRender: ProfilerOnRenderCallback = (id) => {
      rendered.push(id);
    };
    const { user } = renderWithProfileKit(
      <RowRenderProbe.Provider value={onRender}>
        <AdminUserDetail userId={GRACE} />
      </RowRenderProbe.Provider>,
      { adapter: b.admin },
    );
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
