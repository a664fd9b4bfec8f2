#!/usr/bin/env bash
# Packs the library and checks the tarball as a consumer sees it, in one scratch project grown in
# three steps (each toolchain installed once):
#  1. React only (react, react-dom, @tanstack/react-query, their @types; no @types/node): strict
#     tsc (skipLibCheck false) over scripts/consumer/client.tsx with TypeScript 5.9 and 7, under
#     moduleResolution bundler and nodenext (and node16 with 7); every entry but testing/msw
#     imports with ESM and CJS, `profilekit/testing` included, without vitest, express, pg,
#     better-sqlite3 or argon2.
#  2. + express and better-sqlite3 (+ @types): the same tsc runs over the server consumers
#     (scripts/consumer/server.ts: the Express router on SQLite; route.ts: profilekit/next).
#  3. + vitest, @node-rs/argon2, msw: the entries at run time (argon2, server rendering of every
#     component), the conformance suites from the tarball under vitest (no `api` argument), and
#     the browser bundle check. publint and @arethetypeswrong/cli run on the tarball first.
# Needs a build first (npm run build). Run: npm run check:package
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
started=$SECONDS
lap() { echo "--- $1 ($((SECONDS - started)) s)"; }

tarball=$(npm pack --silent --pack-destination "$scratch" | tail -n 1)
echo "packed $tarball ($(du -h "$scratch/$tarball" | cut -f1))"
tar -tzf "$scratch/$tarball" package/types/styles.css.d.ts package/types/styles.css.d.cts >/dev/null

npx --no-install publint run "$scratch/$tarball" --strict
npx --no-install attw "$scratch/$tarball" --profile node16 --format table-flipped
lap "publint, attw"

cd "$scratch"
npm init -y >/dev/null
npm pkg set type=module
install() { npm install --no-audit --no-fund --loglevel=error "$@"; }
cp "$root"/scripts/consumer/* .

# TypeScript 5.9 (what the library builds with) and 7 (what `npm i typescript` installs now).
TS5=typescript@5.9.3
TS7=typescript@7.0.2
install "./$tarball" react@19.3.1 react-dom@19.3.1 @tanstack/react-query@5.108.0 \
  @types/react@19.3.0 @types/react-dom@19.3.0 "$TS5" "ts7@npm:$TS7"
lap "install (React only)"
# Nothing a React-only app lacks may be there by accident.
for absent in express @types/express better-sqlite3 pg @types/pg vitest msw @node-rs/argon2 @types/node next; do
  if [ -e "node_modules/$absent" ]; then echo "node_modules/$absent should not be installed yet"; exit 1; fi
done

cat > tsconfig.base.json <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "skipLibCheck": false,
    "noEmit": true,
    "target": "es2022",
    "lib": ["es2022", "dom", "dom.iterable"],
    "jsx": "react-jsx",
    "esModuleInterop": true,
    "isolatedModules": true
  }
}
JSON
# typecheck <label> <files...>: strict tsc, 0 errors, with TypeScript 7 under moduleResolution bundler,
# node16 and nodenext, and 5.9 under bundler and nodenext (node16 adds nothing there, at 10 s a run).
typecheck() {
  local label=$1
  shift
  local files
  files=$(printf '"%s",' "$@")
  for resolution in bundler node16 nodenext; do
    local module=$resolution
    [ "$resolution" = bundler ] && module=esnext
    printf '{ "extends": "./tsconfig.base.json", "compilerOptions": { "module": "%s", "moduleResolution": "%s" }, "files": [%s] }\n' \
      "$module" "$resolution" "${files%,}" >"tsconfig.$resolution.json"
    local compilers=(node_modules/ts7/bin/tsc)
    [ "$resolution" = node16 ] || compilers+=(node_modules/typescript/bin/tsc)
    for tsc in "${compilers[@]}"; do
      if ! "$tsc" -p "tsconfig.$resolution.json"; then
        echo "tsc $("$tsc" --version) failed on $label under moduleResolution $resolution"
        exit 1
      fi
      echo "tsc: $label, $("$tsc" --version), moduleResolution $resolution: 0 errors"
    done
  done
}
typecheck "React-only consumer" client.tsx
lap "typecheck (React only)"

cat > entries.mjs <<'JS'
const entries = ['profilekit', 'profilekit/core', 'profilekit/adapters', 'profilekit/server', 'profilekit/next', 'profilekit/testing'];
for (const entry of entries) {
  const mod = await import(entry);
  if (Object.keys(mod).length === 0) throw new Error(`${entry}: no exports`);
  console.log(`esm ${entry}: ${Object.keys(mod).length} exports`);
}
const core = await import('profilekit/core');
const { createMemoryAdapter } = await import('profilekit/adapters');
const server = await import('profilekit/server');
if (server.ERROR_STATUS !== core.ERROR_STATUS || server.ERROR_STATUS.email_taken !== 409) throw new Error('ERROR_STATUS differs between core and server');
const adapter = createMemoryAdapter({
  config: core.defineProfileConfig(),
  seed: [{ id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace' }],
  viewer: { userId: 'u1', roles: [] },
});
const profile = await adapter.getProfile();
if (profile.givenName !== 'Ada') throw new Error('memory adapter did not work from the tarball');
// One ProfileError class across entries: the React entry re-exports core's.
const react = await import('profilekit');
if (react.ProfileError !== core.ProfileError) throw new Error('ProfileError differs between entries');
// profilekit/next round trip: route handlers over a memory store, no next installed.
const { createProfileRouteHandlers } = await import('profilekit/next');
const service = server.createProfileService({
  store: server.createMemoryStore(),
  config: core.defineProfileConfig(),
  passwords: server.createPbkdf2Hasher({ iterations: 1000 }),
  mailer: server.createOutboxMailer(),
  verificationUrl: (token) => `http://app.test/api/profile/email/verify?token=${token}`,
});
await service.createAccount({ userId: 'seeder', roles: ['admin'] }, { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace' });
const { GET, PATCH } = createProfileRouteHandlers({ service, authenticate: () => ({ userId: 'u1', roles: [] }) });
const saved = await PATCH(new Request('http://app.test/api/profile/me', {
  method: 'PATCH',
  headers: { 'content-type': 'application/json', 'if-match': '"1"', 'x-profilekit': '1', origin: 'http://app.test' },
  body: JSON.stringify({ company: 'Analytical Engines' }),
}));
const read = await (await GET(new Request('http://app.test/api/profile/me'))).json();
if (saved.status !== 200 || read.company !== 'Analytical Engines' || !saved.headers.get('content-security-policy')) {
  throw new Error(`profilekit/next round trip failed: ${saved.status} ${JSON.stringify(read)}`);
}
console.log('esm: the memory adapter and the profilekit/next route handlers work from the tarball');
JS
cat > entries.cjs <<'JS'
const entries = ['profilekit', 'profilekit/core', 'profilekit/adapters', 'profilekit/server', 'profilekit/next', 'profilekit/testing'];
for (const entry of entries) {
  const mod = require(entry);
  if (Object.keys(mod).length === 0) throw new Error(`${entry}: no exports`);
  console.log(`cjs ${entry}: ${Object.keys(mod).length} exports`);
}
const { isProfileError } = require('profilekit/core');
if (!isProfileError(new (require('profilekit').ProfileError)('validation', 'x'))) throw new Error('cjs ProfileError mismatch');
if (require('profilekit/server').ERROR_STATUS.version_conflict !== 412) throw new Error('cjs ERROR_STATUS missing from profilekit/server');
require.resolve('profilekit/styles.css');
console.log('cjs: ok');
JS
node entries.mjs
node entries.cjs
node testing.mjs
node testing.cjs
lap "entries at run time (no vitest, express, pg, better-sqlite3, argon2)"

# better-sqlite3's types are what is checked here; its native build (minutes) is not needed.
install --ignore-scripts express@5.3.0 @types/express@5.0.6 better-sqlite3@12.11.1 @types/better-sqlite3@7.6.13
lap "install (express, better-sqlite3)"
typecheck "server consumers (Express on SQLite, profilekit/next)" server.ts route.ts
lap "typecheck (server)"

# The peers a test suite and the server's default hasher bring.
install vitest@4.1.12 @node-rs/argon2@2.2.1 msw@2.15.0
lap "install (vitest, argon2, msw)"
cat > run-time.mjs <<'JS'
const { createArgon2Hasher } = await import('profilekit/server');
const hash = await createArgon2Hasher().hash('Correct-Horse-Battery-9');
if (!hash.startsWith('$argon2id$')) throw new Error('argon2 hasher did not load');
const msw = await import('profilekit/testing/msw');
if (typeof msw.createProfileMswHandlers !== 'function') throw new Error('profilekit/testing/msw did not load');
console.log('esm: the argon2 hasher and profilekit/testing/msw work from the tarball');
// Next.js renders client components on the server first: every component must render to HTML
// in Node (its loading state) without touching window or document.
const react = await import('profilekit');
const core = await import('profilekit/core');
const { createMemoryAdapter } = await import('profilekit/adapters');
const adapter = createMemoryAdapter({ config: core.defineProfileConfig(), seed: [{ id: 'u1', email: 'ada@example.com' }], viewer: { userId: 'u1', roles: [] } });
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
node run-time.mjs
node -e "require('profilekit/testing/msw'); console.log('cjs profilekit/testing/msw: ok')"
# A team wiring its own backend runs the exported suites from its own vitest (no `api` argument,
# no `globals: true`): here against the memory implementations, from the tarball.
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
# Bundlers leave the optional peers to Node at run time (Next.js builds without pg or argon2).
node -e '
  const js = require("fs").readFileSync("node_modules/profilekit/dist/server.js", "utf8");
  for (const peer of ["pg", "better-sqlite3", "@node-rs/argon2"]) {
    const ignored = new RegExp(String.raw`import\(\s*/\* webpackIgnore: true \*/\s*/\* turbopackIgnore: true \*/\s*.` + peer + ".");
    if (!ignored.test(js)) throw new Error(`dist/server.js imports ${peer} without webpackIgnore/turbopackIgnore`);
  }
'
head -c 13 node_modules/profilekit/dist/index.js | grep -q '"use client"'
lap "run time with the peers"
echo "package check: ok ($((SECONDS - started)) s)"
