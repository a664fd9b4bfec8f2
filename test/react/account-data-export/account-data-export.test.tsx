import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineProfileConfig, ProfileError, type AccountExport, type ProfileAdapter } from '../../../src/core';
import { AccountDataExport, fr } from '../../../src/react';
import { exampleAccounts, exampleConfigInput } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, gated, hanging, useMswServer } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { captureDownloads } from '../../support/downloads';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';

useMswServer();
vi.setConfig({ testTimeout: 20_000 });

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => downloads.restore());

const FILE = 'profilekit-export-user-grace-2026-11-23.json';

async function renderExport(adapter: ProfileAdapter, options: Omit<RenderOptions, 'adapter'> = {}) {
  const onExported = vi.fn();
  const result = renderWithProfileKit(<AccountDataExport className="host-export" onExported={onExported} />, { adapter, ...options });
  const button = await screen.findByRole('button', { name: options.messages === fr ? 'Télécharger mes données' : 'Download my data' }, { timeout: 5000 });
  return { ...result, button, onExported, root: () => componentRoot('account-data-export') };
}

describe.each(BACKEND_KINDS)('AccountDataExport over %s', (kind) => {
  it('loads, then offers the download with what it holds', async () => {
    const b = await createComponentBackend(kind);
    const { unmount } = renderWithProfileKit(<AccountDataExport />, { adapter: hanging(b.user, 'getConfig') });
    expect(componentRoot('account-data-export')).toHaveAttribute('data-state', 'loading');
    unmount();
    const { button, root } = await renderExport(b.user);
    expect(root()).toHaveClass('pk-root', 'pk-account-data-export', 'host-export');
    expect(root()).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('heading', { level: 2, name: 'Download your data' })).toBeInTheDocument();
    expect(button).toHaveAccessibleDescription(/A copy of everything stored about your account, in one JSON file/);
    await expectNoAxeViolations();
  });

  it('downloads the export as a dated JSON file: its content is the account’s, never a secret; the object URL is revoked', async () => {
    const b = await createComponentBackend(kind);
    const { user, button, root, onExported } = await renderExport(b.user);
    await user.click(button);
    expect(await screen.findByText(`Downloaded ${FILE}.`)).toBeInTheDocument();
    expect(root()).toHaveAttribute('data-state', 'done');
    expect(downloads.files.map((file) => file.name)).toEqual([FILE]);
    expect(downloads.files[0]!.blob.type).toBe('application/json');
    const document = (await downloads.json()) as AccountExport;
    expect(document).toMatchObject({
      format: 'profilekit.account-export',
      version: 1,
      account: { id: exampleAccounts.user.id, status: 'active', purgeAt: null },
      main: { email: exampleAccounts.user.email, emailVerified: true, hasPassword: true },
      data: { name: 'Grace Hopper', company: 'Harvard Mark I', custom: { height: 170 }, attributes: { team: 'Navy' } },
    });
    const text = await downloads.files[0]!.blob.text();
    expect(text).not.toContain(exampleAccounts.user.password);
    expect(text).not.toMatch(/passwordHash|\$pbkdf2|"hash"/i);
    expect(onExported).toHaveBeenCalledWith(document);
    await waitFor(() => expect(downloads.revoked).toEqual([downloads.files[0]!.url]), { timeout: 3000 });
    // The export is in the account's history.
    const audit = await b.admin.listAudit(exampleAccounts.user.id);
    expect(audit.items[0]).toMatchObject({ action: 'account.exported', actorId: exampleAccounts.user.id });
    await expectNoAxeViolations();
  });
});

describe('AccountDataExport: states and failures', () => {
  it('busy while the file is prepared: the button keeps focus and says it is busy; a second press does nothing', async () => {
    const b = await createComponentBackend('memory');
    const { adapter, release } = gated(b.user, 'exportAccount');
    const spy = vi.spyOn(adapter, 'exportAccount');
    const { user, button, root } = await renderExport(adapter);
    await user.click(button);
    expect(await screen.findByText('Preparing your file…')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    expect(root()).toHaveAttribute('data-state', 'exporting');
    expect(root()).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    expect(spy).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
    release();
    await screen.findByText(`Downloaded ${FILE}.`);
    expect(root()).not.toHaveAttribute('aria-busy');
  });

  it('rate limited (the real throttle: 10 an hour): the wait in words, and no file', async () => {
    const b = await createComponentBackend('memory');
    for (let i = 0; i < 10; i++) await b.user.exportAccount();
    const { user, button, root } = await renderExport(b.user);
    await user.click(button);
    // The test clock stands still: the whole hour is left.
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 1 hour.');
    expect(root()).toHaveAttribute('data-state', 'failed');
    expect(downloads.files).toEqual([]);
    await expectNoAxeViolations();
  });

  it('a network failure: an alert, and pressing again works', async () => {
    const b = await createComponentBackend('memory');
    const adapter = failing(b.user, 'exportAccount', new ProfileError('unavailable', 'offline'), { times: 1 });
    const { user, button } = await renderExport(adapter);
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server. Check your connection and try again.');
    await user.click(button);
    await screen.findByText(`Downloaded ${FILE}.`);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a suspended account still takes its data', async () => {
    const b = await createComponentBackend('memory');
    await b.admin.suspendUser(exampleAccounts.user.id, { reason: 'Checking a report' });
    const { user, button } = await renderExport(b.user);
    await user.click(button);
    await screen.findByText(`Downloaded ${FILE}.`);
    expect(await downloads.json()).toMatchObject({ account: { status: 'suspended', suspension: { reason: 'Checking a report' } } });
  });

  it('works from the keyboard (Enter and Space)', async () => {
    const b = await createComponentBackend('memory');
    const { user, button } = await renderExport(b.user);
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(`Downloaded ${FILE}.`);
    await user.keyboard(' ');
    await waitFor(() => expect(downloads.files).toHaveLength(2));
  });

  it('renders nothing when the config keeps exports to admins', async () => {
    const b = await createComponentBackend('memory', { config: defineProfileConfig({ ...exampleConfigInput, lifecycle: { export: ['admin'] } }) });
    const { container } = renderWithProfileKit(<AccountDataExport />, { adapter: b.user });
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('in French', async () => {
    const b = await createComponentBackend('memory');
    const { user, button } = await renderExport(b.user, { messages: fr, locale: 'fr' });
    expect(screen.getByRole('heading', { name: 'Télécharger vos données' })).toBeInTheDocument();
    await user.click(button);
    expect(await screen.findByText(`${FILE} téléchargé.`)).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
