#!/usr/bin/env bash
# Packs the library and checks the tarball as a consumer sees it: every entry point imports with
# ESM and with CJS in a scratch project, publint and @arethetypeswrong/cli find nothing.
# Needs a build first (npm run build). Run: npm run check:package
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

tarball=$(npm pack --silent --pack-destination "$scratch" | tail -n 1)
echo "packed $tarball ($(du -h "$scratch/$tarball" | cut -f1))"

npx --no-install publint run "$scratch/$tarball" --strict
npx --no-install attw "$scratch/$tarball" --profile node16 --exclude-entrypoints styles.css --format table-flipped

cd "$scratch"
npm init -y >/dev/null
# The peers a consumer installs: React for the components, vitest for the conformance suites,
# @node-rs/argon2 for the server's default hasher, msw for the mock handlers. (No better-sqlite3,
# pg or express: the entries must import without them.)
npm install --no-audit --no-fund --loglevel=error "./$tarball" \
  react@19.3.1 react-dom@19.3.1 @tanstack/react-query@5.108.0 vitest@4.1.12 @node-rs/argon2@2.2.1 msw@2.15.0

cat > esm.mjs <<'JS'
const entries = ['profilekit', 'profilekit/core', 'profilekit/adapters', 'profilekit/server', 'profilekit/testing', 'profilekit/testing/msw'];
for (const entry of entries) {
  const mod = await import(entry);
  if (Object.keys(mod).length === 0) throw new Error(`${entry}: no exports`);
  console.log(`esm ${entry}: ${Object.keys(mod).length} exports`);
}
const core = await import('profilekit/core');
const { createMemoryAdapter } = await import('profilekit/adapters');
const { createArgon2Hasher } = await import('profilekit/server');
const adapter = createMemoryAdapter({
  config: core.defineProfileConfig(),
  seed: [{ id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace' }],
  viewer: { userId: 'u1', roles: [] },
});
const profile = await adapter.getProfile();
if (profile.givenName !== 'Ada') throw new Error('memory adapter did not work from the tarball');
const hash = await createArgon2Hasher().hash('Correct-Horse-Battery-9');
if (!hash.startsWith('$argon2id$')) throw new Error('argon2 hasher did not load');
// One ProfileError class across entries: the React entry re-exports core's.
const react = await import('profilekit');
if (react.ProfileError !== core.ProfileError) throw new Error('ProfileError differs between entries');
console.log('esm: the memory adapter and the argon2 hasher work from the tarball');
// Next.js renders client components on the server first: every component must render to HTML
// in Node (its loading state) without touching window or document.
const { renderToString } = await import('react-dom/server');
const { createElement: h } = await import('react');
for (const name of ['ProfileForm', 'EmailChange', 'PasswordChange', 'NotificationPrefs', 'CustomFieldsEditor']) {
  const html = renderToString(h(react.ProfileKitProvider, { adapter }, h(react[name])));
  if (!html.includes('data-pk-component')) throw new Error(`${name} did not render on the server: ${html.slice(0, 200)}`);
}
const admin = renderToString(h(react.ProfileKitProvider, { adapter }, h(react.AdminUserDetail, { userId: 'u1' })));
if (!admin.includes('data-pk-component')) throw new Error('AdminUserDetail did not render on the server');
console.log('esm: every component renders on the server (Next.js App Router first pass)');
JS
node esm.mjs

cat > cjs.cjs <<'JS'
const entries = ['profilekit', 'profilekit/core', 'profilekit/adapters', 'profilekit/server', 'profilekit/testing', 'profilekit/testing/msw'];
for (const entry of entries) {
  const mod = require(entry);
  if (Object.keys(mod).length === 0) throw new Error(`${entry}: no exports`);
  console.log(`cjs ${entry}: ${Object.keys(mod).length} exports`);
}
const { isProfileError, ProfileError } = require('profilekit/core');
if (!isProfileError(new (require('profilekit').ProfileError)('validation', 'x'))) throw new Error('cjs ProfileError mismatch');
require.resolve('profilekit/styles.css');
console.log('cjs: ok');
JS
node cjs.cjs
# A team wiring its own backend runs the exported suites from its own vitest: here against the
# memory implementations, from the tarball.
cat > conformance.test.mjs <<'JS'
import { createMemoryBackend } from 'profilekit/adapters';
import { createMemoryStore, createPbkdf2Hasher } from 'profilekit/server';
import { runAdapterConformance, runStoreConformance } from 'profilekit/testing';

runStoreConformance({ name: 'memory store (tarball)', setup: async () => ({ store: createMemoryStore() }) });
runAdapterConformance({
  name: 'memory adapter (tarball)',
  async setup(config) {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const backend = createMemoryBackend({ config, clock: () => new Date(now), passwords: createPbkdf2Hasher({ iterations: 1000 }) });
    const seeder = { userId: 'seeder', roles: ['admin'] };
    return {
      createAccount: async (account) => ({ userId: (await backend.service.createAccount(seeder, account)).id }),
      adapterFor: (viewer) => backend.adapterFor(viewer),
      sentMail: () => backend.mailer.messages(),
      advanceClock: (ms) => { now += ms; },
    };
  },
});
JS
npx --no-install vitest run conformance.test.mjs --reporter=dot
node "$root/scripts/check-browser-bundle.mjs" "$scratch"
test -s node_modules/profilekit/dist/styles.css
head -c 13 node_modules/profilekit/dist/index.js | grep -q '"use client"'
echo "package check: ok"
