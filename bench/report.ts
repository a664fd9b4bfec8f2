// BENCHMARKS.md from one run's figures (bench/run.ts). Goals are judged here; the cause and fix
// of each missed goal come from bench/notes.json (keyed by goal id), kept by hand beside the
// code they describe. A missed goal without a note says so in the file.
import type { BudgetCheck, Budgets } from './bundle/budgets';
import { BUILD_OPTIONS, type BundleFigure, type BundleReport } from './bundle/measure';
import type { Row } from './server/load';
import type { ServerReport } from './server/run';

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  os: string;
  commit: string;
  loadAverageStart: number[];
  loadAverageEnd: number[];
  benchSeconds: number;
}

type RenderFigure = Record<string, unknown> & { error?: string };

export interface BenchResults {
  machine: Machine;
  bundle: BundleReport;
  bundleChecks: BudgetCheck[];
  budgets: Budgets;
  render: { figures: Record<string, RenderFigure>; error?: string };
  server: ServerReport;
}

interface Goal {
  id: string;
  area: string;
  what: string;
  goal: string;
  figure: string;
  /** null: not measured in this run. */
  met: boolean | null;
  gate: string;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const x = (ratio: number | undefined) => (ratio === undefined || Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}x`);
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const int = (value: number) => Math.round(value).toLocaleString('en');
const status = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');

function bundleGoals(r: BenchResults): Goal[] {
  return r.bundleChecks.map((check) => ({
    id: check.id,
    area: 'bundle',
    what: check.label,
    goal: check.goal,
    figure: check.figure,
    met: check.goalMet,
    gate: check.pass ? 'CI: within budget' : 'CI: **over budget**',
  }));
}

function renderGoals(r: BenchResults): Goal[] {
  const f = r.render.figures;
  const num = (fig: RenderFigure | undefined, key: string) => (fig && typeof fig[key] === 'number' ? (fig[key] as number) : NaN);
  const goals: Goal[] = [];
  const add = (id: string, figureId: string, figure: (fig: RenderFigure) => number, describe: (fig: RenderFigure) => string) => {
    const budget = r.budgets.render[id]!;
    const fig = f[figureId];
    const value = fig && !fig.error ? figure(fig) : NaN;
    goals.push({
      id: `render.${id}`,
      area: 'render',
      what: budget.label,
      goal: `${budget.goal}`,
      figure: fig?.error ? `error: ${fig.error}` : fig ? describe(fig) : 'not measured',
      met: Number.isNaN(value) ? null : value <= budget.goal,
      gate: `CI: \`${budget.gatedBy}\``,
    });
  };
  add(
    'profileForm',
    'profileForm',
    (fig) => num(fig, 'rootRenders') + num(fig, 'otherFieldRenders'),
    (fig) => `root ${fig.rootRenders}, other fields ${fig.otherFieldRenders}`,
  );
  add(
    'notificationPrefs',
    'notificationPrefs',
    (fig) => num(fig, 'otherSwitchRenders'),
    (fig) => `other switches ${fig.otherSwitchRenders}`,
  );
  add(
    'adminUserDetail',
    'adminUserDetail',
    (fig) => num(fig, 'otherRowRenders'),
    (fig) => `other rows ${fig.otherRowRenders}`,
  );
  return goals;
}

function rowById(r: BenchResults, id: string): Row | undefined {
  return [...r.server.throughput, ...(r.server.scaling?.rows ?? [])].find((row) => row.id === id);
}

function serverGoals(r: BenchResults): Goal[] {
  const goals: Goal[] = [];
  const ratioGoal = (id: string, rowId: string, what: string, min: number) => {
    const row = rowById(r, rowId);
    goals.push({
      id,
      area: 'server',
      what,
      goal: `>= ${min}x the baseline's req/s`,
      figure: row ? `${x(row.ratio)} (${int(row.reqPerSec)} req/s)` : 'not measured',
      met: row?.ratio === undefined ? null : row.ratio >= min,
      gate: 'reported',
    });
  };
  ratioGoal('server.memory.patch', 'memory.patch', 'PATCH /me on the memory store', 0.6);
  ratioGoal('server.postgres.patch', 'postgres.patch', 'PATCH /me on PostgreSQL', 0.5);
  const s = r.server.settings;
  for (const verb of ['get', 'patch'] as const) {
    const small = rowById(r, `scale${s.scaleSmall}.${verb}`);
    const large = rowById(r, `scale${s.scaleLarge}.${verb}`);
    const ratio = small && large ? large.p50 / small.p50 : NaN;
    goals.push({
      id: `scaling.${verb}.p50`,
      area: 'scaling',
      what: `${verb === 'get' ? 'GET' : 'PATCH'} /me p50, ${s.scaleLarge.toLocaleString('en')} / ${s.scaleSmall.toLocaleString('en')} accounts`,
      goal: '<= 1.2',
      figure: Number.isNaN(ratio) ? 'not measured' : `${ratio.toFixed(2)} (${ms(large!.p50)} ms / ${ms(small!.p50)} ms)`,
      met: Number.isNaN(ratio) ? null : ratio <= 1.2,
      gate: 'reported',
    });
  }
  const plans = r.server.scaling?.plans ?? [];
  goals.push({
    id: 'scaling.audit.index',
    area: 'scaling',
    what: `audit page query, account with ${s.auditEntries.toLocaleString('en')} entries`,
    goal: 'an index serves the WHERE and the ORDER BY: index scan, no Seq Scan, no Sort, at most a page of rows filtered out',
    figure:
      plans.length === 0
        ? 'not measured'
        : plans
            .map((p) => `${p.label}: ${p.index ?? 'no index'}${p.seqScan ? ', Seq Scan' : ''}${p.sort ? ', Sort' : ''}${p.rowsRemovedByFilter ? `, ${p.rowsRemovedByFilter.toLocaleString('en')} rows filtered out` : ''}, ${p.executionMs} ms`)
            .join('; '),
    met: plans.length === 0 ? null : plans.every((p) => p.index !== null && !p.seqScan && !p.sort && p.rowsRemovedByFilter <= 100),
    gate: 'reported',
  });
  return goals;
}

function bundleRow(label: string, f: BundleFigure | (BundleReport['css']), ratio?: number, goal?: string, ceiling?: string, state?: string) {
  const lazy = 'lazy' in f && f.lazy.length > 0 ? `${kib(f.lazyTotal.gzip)} (${f.lazy.length} chunk${f.lazy.length > 1 ? 's' : ''})` : '';
  return `| ${label} | ${kib(f.minified)} | ${kib(f.gzip)} (${f.gzip.toLocaleString('en')} B) | ${kib(f.brotli)} | ${lazy} | ${ratio === undefined ? '' : x(ratio)} | ${goal ?? ''} | ${ceiling ?? ''} | ${state ?? ''} |`;
}

function composition(f: BundleFigure, top = 8): string {
  const entries = Object.entries(f.packages).sort((a, b) => b[1] - a[1]);
  const shown = entries.slice(0, top).map(([name, bytes]) => `${name} ${kib(bytes)}`);
  const rest = entries.slice(top).reduce((sum, [, bytes]) => sum + bytes, 0);
  return shown.join(', ') + (rest > 0 ? `, others ${kib(rest)}` : '');
}

function serverRow(row: Row) {
  const other = Object.entries(row.statusCodes)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, n]) => `${n}x ${code}`)
    .join(', ');
  return `| ${row.label} | ${int(row.reqPerSec)} | ${ms(row.p50)} | ${ms(row.p99)} | ${x(row.ratio)} | ${row.non2xx}${other ? ` (${other})` : ''} | ${row.errors} / ${row.timeouts} | ${int(row.requests)} |`;
}

export function renderReport(r: BenchResults, notes: Record<string, { cause: string; fix: string }>): string {
  const m = r.machine;
  const s = r.server;
  const goals = [...bundleGoals(r), ...renderGoals(r), ...serverGoals(r)];
  const lines: string[] = [];
  const p = (...text: string[]) => lines.push(...text);
  const bares = s.throughput.filter((row) => row.id.endsWith('.bare'));
  const bareMin = Math.min(...bares.map((row) => row.reqPerSec));
  const bareMax = Math.max(...bares.map((row) => row.reqPerSec));
  const spread = bares.length > 1 ? (bareMax - bareMin) / bareMax : NaN;
  p('# Benchmarks', '');
  p(
    `Written by \`npm run bench\` on ${m.date.slice(0, 10)} (${m.date}); do not edit by hand: the causes and fixes of missed goals live in`,
    '`bench/notes.json`, the budgets in `bench/budgets.json`.',
    '',
  );
  p('## Machine', '');
  p('| | |', '| --- | --- |');
  p(`| CPU | ${m.cpu}, \`nproc\` = ${m.nproc} |`, `| memory | ${m.memoryGiB} GiB |`, `| Node | ${m.node} |`, `| OS | ${m.os} |`, `| commit | ${m.commit} |`);
  p(`| load average (1, 5, 15 min) | ${m.loadAverageStart.map((v) => v.toFixed(2)).join(', ')} at the start, ${m.loadAverageEnd.map((v) => v.toFixed(2)).join(', ')} at the end |`);
  p(`| whole run | ${m.benchSeconds} s |`, '');
  p(
    `The machine is shared: a load average above ${m.nproc} means other work competed for the cores throughout. The bundle and render figures are`,
    'deterministic (byte and render counts) and do not depend on it; the server figures do. To keep the ratios fair under drifting load,',
    "each store's GET and PATCH rows take turns with the bare-Express baseline within the same minute, and each ratio divides by the",
    `baseline of its own turns. The baseline itself gave ${bares.map((row) => int(row.reqPerSec)).join(', ') || 'n/a'} req/s in the three stores' turns`,
    `(${Number.isNaN(spread) ? 'n/a' : `${(spread * 100).toFixed(0)} %`} apart): read absolute req/s with at least that uncertainty, and as far below what an idle machine gives.`,
    '',
  );

  p('## Commands', '');
  p('```sh');
  p('npm run bench                 # everything below; writes this file and .scratch/bench/results.json');
  p('npm run bench:budgets         # bundle budgets only (what CI checks); -- --pin re-pins missed goals\' ceilings');
  p('npx vitest run --config bench/render/vitest.config.ts   # render figures only');
  p('node --import tsx bench/server/run.ts                   # server and scaling only (JSON)');
  p('# quicker server runs: BENCH_WARMUP=1 BENCH_DURATION=2 BENCH_ROUNDS=1 BENCH_SCALE_LARGE=5000 BENCH_AUDIT_ENTRIES=2000');
  p('```', '');
  p(
    `Server settings of this run: ${s.settings.warmup} s warm-up + ${s.settings.duration} s measured per row (in ${s.settings.rounds} interleaved turns of ${s.settings.duration / s.settings.rounds} s),`,
    `${s.settings.connections} connections, pipelining 1, ${s.settings.accounts.toLocaleString('en')} accounts seeded per store; scaling rows ${s.settings.scaleSmall.toLocaleString('en')} and ${s.settings.scaleLarge.toLocaleString('en')} accounts.`,
    '',
  );

  p('## Goals', '');
  p('| area | figure | goal | this run | status | gate |', '| --- | --- | --- | --- | --- | --- |');
  for (const g of goals) p(`| ${g.area} | ${g.what} | ${g.goal} | ${g.figure} | ${status(g.met)} | ${g.gate} |`);
  p('');

  // ---------------------------------------------------------------- bundle
  const b = r.bundle;
  const budgets = r.budgets.bundle;
  p('## Bundle cost', '');
  p(
    `esbuild ${b.esbuildVersion}: \`${JSON.stringify({ ...BUILD_OPTIONS, external: undefined, define: undefined })}\`, \`process.env.NODE_ENV\` = "production",`,
    `external ${BUILD_OPTIONS.external.map((e) => `\`${e}\``).join(', ')}; everything else (@tanstack/react-query included) bundled. gzip: node:zlib level 9;`,
    'brotli: quality 11. The floor (`bench/bundle/floor.tsx`) is a trivial profile form on the same dependencies: useForm + zodResolver + a zod',
    'schema, a QueryClient with useQuery / useMutation, a Radix Dialog. Each component is bundled with `ProfileKitProvider` (an app needs both),',
    'against a floor of just the floor parts (`bench/bundle/floor/`) for the dependencies that component keeps (read from the esbuild metafile).',
    'Bundled with code splitting (an `outdir`, nothing written), the floor alike: the sizes are what a page loads first, the entry chunk and the',
    'chunks it imports statically, each compressed on its own; chunks reached only through a dynamic `import()` (the password estimator: zxcvbn-ts and the common-password list;',
    'the dialogs: `DialogFrame` with Radix Dialog, fetched by `lazyPart` when idle or on hover / focus)',
    'are in the lazy column and in no ratio. Ratios are on gzip bytes.',
    '',
  );
  p('| bundle | minified | gzip | brotli | lazy (gzip) | / floor | goal | CI ceiling | status |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  p(bundleRow('**floor**: trivial form, all five dependencies', b.floor));
  p(bundleRow('`profilekit` entry, whole (`export *`)', b.entry, b.entry.gzip / b.floor.gzip));
  p(bundleRow('ProfileKitProvider alone', b.provider));
  const allCheck = r.bundleChecks.find((c) => c.id === 'bundle.all')!;
  p(bundleRow('**the five components** (+ provider)', b.all, b.allRatio, `<= ${budgets.all.goal}x`, budgets.all.ceiling === null ? '' : `${budgets.all.ceiling.toLocaleString('en')} B`, status(allCheck.goalMet)));
  for (const c of b.components) {
    const check = r.bundleChecks.find((k) => k.id === `bundle.${c.name}`)!;
    const budget = budgets.components[c.name];
    p(bundleRow(`**${c.name}** (+ provider)`, c.bundle, c.ratio, `<= ${budget.goal}x`, budget.ceiling === null ? '' : `${budget.ceiling.toLocaleString('en')} B`, status(check.goalMet)));
    p(bundleRow(`&nbsp;&nbsp;its floor: ${c.floor.dependencies.join(' + ')}`, c.floor));
  }
  for (const c of b.lifecycle) {
    const check = r.bundleChecks.find((k) => k.id === `bundle.${c.name}`)!;
    const budget = budgets.lifecycle[c.name];
    p(bundleRow(`${c.name} (+ provider; account lifecycle)`, c.bundle, c.ratio, `<= ${budget.goal}x`, budget.ceiling === null ? '' : `${budget.ceiling.toLocaleString('en')} B`, status(check.goalMet)));
    p(bundleRow(`&nbsp;&nbsp;its floor: ${c.floor.dependencies.join(' + ')}`, c.floor));
  }
  p(bundleRow('`styles.css` (minified)', b.css));
  p('');
  const server = r.bundleChecks.find((c) => c.id === 'bundle.server-free')!;
  const locales = r.bundleChecks.find((c) => c.id === 'bundle.zod-locales')!;
  p(
    `Server code in the browser bundles (entry, provider, the five, each component): ${server.goalMet ? 'none (no express, pg, better-sqlite3, kysely, helmet, node: modules)' : `**${server.figure}**`}.`,
    `zod locales kept: ${locales.goalMet ? `${r.budgets.bundle.zodLocales.join(', ')} only (zod's classic entry configures \`en\`; no locale bundle)` : `**${locales.figure}**`}.`,
    '',
  );
  p('What the bytes are (minified bytes per package in the output, from the metafile):', '');
  p(`- floor: ${composition(b.floor)}`);
  p(`- the five components: ${composition(b.all)}`);
  for (const c of [...b.components, ...b.lifecycle]) p(`- ${c.name}: ${composition(c.bundle)}`);
  const own = Object.entries(b.all.ownCode).sort((a, c) => c[1] - a[1]);
  p(`- profilekit's own code in the five, by folder: ${own.slice(0, 10).map(([folder, bytes]) => `${folder} ${kib(bytes)}`).join(', ')}`);
  for (const chunk of b.all.lazy) {
    const inputs = Object.entries(chunk.inputs).sort((a, c) => c[1] - a[1]).map(([input, bytes]) => `\`${input}\` ${kib(bytes)}`);
    p(`- lazy chunk of the five \`${chunk.file}\`: ${kib(chunk.minified)} minified, ${kib(chunk.gzip)} gzip (${inputs.join(', ')})`);
  }
  p('');
  p(
    'CI: `test/architecture/budgets.test.ts` (in `npm test`) measures the same bundles and fails, with these figures in the message, when a',
    'ratio is over its goal and the gzip bytes are over the CI ceiling of `bench/budgets.json`. Where a goal is missed, the ceiling is the',
    `figure measured when it was pinned plus ${(r.budgets.slack * 100).toFixed(0)} % (\`npm run bench:budgets -- --pin\`), so nothing regresses unnoticed; it also fails on`,
    'server code, the password estimator in a first load, or extra zod locales in any browser bundle.',
    '',
  );

  // ---------------------------------------------------------------- render
  p('## Render cost', '');
  p(
    'React Profiler counts in jsdom (`bench/render/render-cost.measure.tsx`): each field, switch and row of the component renders inside its',
    'own `<Profiler>` (field components wrapped with the same memo; the admin rows through `RowRenderProbe`); the form root is counted by',
    'its `FormAlert`, which renders on every root render. Counts after the first render, for the interaction only.',
    '',
  );
  if (r.render.error) p(`**The render run reported an error:** ${r.render.error}`, '');
  p('| interaction | renders of the others (goal 0) | this run | renders of the element itself | status | CI gate |', '| --- | --- | --- | --- | --- | --- |');
  const f = r.render.figures;
  const rf = (id: string): RenderFigure => f[id] ?? { error: 'not measured' };
  const renderRow = (what: string, fig: RenderFigure, others: string, value: number, self: string, gate: string) =>
    p(`| ${what} | ${others} | ${fig.error ? `error: ${fig.error}` : value} | ${fig.error ? '' : self} | ${fig.error || Number.isNaN(value) ? 'not measured' : status(value === 0)} | ${gate} |`);
  const pf = rf('profileForm');
  const pfb = rf('profileFormBuiltin');
  const np = rf('notificationPrefs');
  const npb = rf('notificationPrefsSaveButton');
  const au = rf('adminUserDetail');
  const n = (fig: RenderFigure, ...keys: string[]) => keys.reduce((sum, key) => sum + (typeof fig[key] === 'number' ? (fig[key] as number) : NaN), 0);
  const g = (id: string) => `\`${r.budgets.render[id]!.gatedBy}\``;
  renderRow(`type 20 characters into a custom text field of a ${pf.editableFields ?? 20}-field ProfileForm`, pf, 'form root', n(pf, 'rootRenders'), `${pf.typedFieldRenders} (one per keystroke)`, g('profileForm'));
  renderRow('', pf, 'the other fields', n(pf, 'otherFieldRenders'), '', g('profileForm'));
  renderRow('the same into the built-in Company field', pfb, 'form root + other fields', n(pfb, 'rootRenders', 'otherFieldRenders'), `${pfb.typedFieldRenders} (uncontrolled input)`, g('profileForm'));
  renderRow('toggle one switch of a 3 x 6 NotificationPrefs grid (instant save)', np, 'the other 17 switches', n(np, 'otherSwitchRenders'), `${np.toggledSwitchRenders}`, g('notificationPrefs'));
  renderRow('the same with mode="save-button", then Save', npb, 'the other 17 switches', n(npb, 'otherSwitchRenders'), `${npb.toggledSwitchRenders}`, g('notificationPrefs'));
  renderRow(`one inline edit save (Phone) in AdminUserDetail (${au.rows ?? 'n/a'} rows)`, au, 'the other rows', n(au, 'otherRowRenders'), `${au.editedRowRenders}`, g('adminUserDetail'));
  p('');
  const rendered = [pf, pfb, np, npb, au].flatMap((fig) =>
    Object.entries(fig)
      .filter(([key, value]) => /Rendered$/.test(key) && value && typeof value === 'object' && Object.keys(value).length > 0)
      .map(([, value]) => JSON.stringify(value)),
  );
  if (rendered.length > 0) p(`Which ones re-rendered: ${rendered.join('; ')}`, '');
  p(
    'CI gates these figures through the component tests, which assert the same zero counts with the same probes in `npm test`:',
    ...Object.values(r.budgets.render).map((v) => `- ${v.label}: \`${v.gatedBy}\``),
    '`test/architecture/budgets.test.ts` checks that each of those tests exists.',
    '',
  );

  // ---------------------------------------------------------------- server
  p('## Server throughput and latency', '');
  p(
    'autocannon 9 in the bench process against `bench/server/serve.ts` in its own process (`NODE_ENV=production`), loopback, keep-alive.',
    'The reference rows run `createProfileRouter` (helmet on, write rate limit off, authentication a header read, the PBKDF2 test hasher)',
    'over the example config. GET /me picks a random seeded account per request; PATCH /me changes `company` on a random account that has',
    'no other request in flight, with `If-Match` set to the version its last answer returned (an account still in flight when a run stops is',
    'not used again), so a 412 would be a bench bug; it counts as a failure. Latency: every 2xx answer, timed with `process.hrtime` (autocannon\'s own histogram has 1 ms buckets).',
    '"/ baseline": the row\'s req/s over the req/s of the bare-Express turns it alternated with.',
    '',
  );
  if (!s.postgres.available) p(`**PostgreSQL rows skipped:** ${s.postgres.reason}.`, '');
  else p(`PostgreSQL ${s.postgres.version} on 127.0.0.1 (pool of 10, the store's default), one throwaway schema per store, dropped after the run.`, '');
  p('| row | req/s | p50 ms | p99 ms | / baseline | non-2xx | errors / timeouts | requests |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of s.throughput) p(serverRow(row));
  p('');
  if (s.errors.length > 0) p('**Errors during the server run:**', ...s.errors.map((e) => `- ${e}`), '');

  // ---------------------------------------------------------------- scaling
  p('## Scaling (PostgreSQL)', '');
  if (!s.postgres.available) p(`Skipped: ${s.postgres.reason}.`, '');
  else if (!s.scaling) p('Not measured (see the errors above).', '');
  else {
    const sc = s.scaling;
    p(
      `Two stores, ${s.settings.scaleSmall.toLocaleString('en')} and ${s.settings.scaleLarge.toLocaleString('en')} accounts, served at once by two server processes and measured in`,
      `${s.settings.rounds} turns each (small, large, small, large, …, ${s.settings.duration / s.settings.rounds} s a turn after a warm-up) so that drifting load hits both alike. "/ baseline" here divides by the mean`,
      'of all the baseline turns above. Seeded in bulk:',
      'account 1 through the service, then one `INSERT … SELECT generate_series` per table copying its rows (`bench/server/seed.ts`):',
      sc.seeding.map((seed) => `${seed.accounts.toLocaleString('en')} accounts in ${(seed.ms / 1000).toFixed(1)} s`).join(', ') + '.',
      '',
    );
    p('| row | req/s | p50 ms | p99 ms | / baseline | non-2xx | errors / timeouts | requests |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of sc.rows) p(serverRow(row));
    if (sc.auditRow) p(serverRow(sc.auditRow));
    p('');
    for (const verb of ['get', 'patch'] as const) {
      const goal = goals.find((k) => k.id === `scaling.${verb}.p50`)!;
      p(`- ${goal.what}: ${goal.figure} (goal ${goal.goal}): ${status(goal.met)}`);
    }
    p('');
    p(
      `The audit page query, captured from the store's pool while it served \`listAudit\` (page size 20, the HTTP default) for account 1, which`,
      `has ${s.settings.auditEntries.toLocaleString('en')} entries (inserted before the other ${(s.settings.scaleLarge - 1).toLocaleString('en')} accounts and their entries, so they are old), then`,
      `\`EXPLAIN (ANALYZE, BUFFERS)\` with the same parameters${sc.auditSeedMs !== undefined ? ` (the ${s.settings.auditEntries.toLocaleString('en')} entries took ${(sc.auditSeedMs / 1000).toFixed(1)} s to insert)` : ''}:`,
      '',
    );
    for (const plan of sc.plans) {
      p(`**${plan.label}**: ${plan.index ? `index scan on \`${plan.index}\`` : '**no index scan**'}${plan.seqScan ? ', **Seq Scan**' : ''}${plan.sort ? ', **Sort**' : ''}${plan.rowsRemovedByFilter ? `, ${plan.rowsRemovedByFilter} rows removed by filter` : ''}, ${plan.executionMs} ms`, '');
      p('```sql', `${plan.sql};  -- ${JSON.stringify(plan.params)}`, '```', '```', plan.plan, '```', '');
    }
  }

  // ---------------------------------------------------------------- misses
  p('## Missed goals: cause and fix', '');
  const missed = goals.filter((goal) => goal.met === false);
  const unmeasured = goals.filter((goal) => goal.met === null);
  if (missed.length === 0) p('None in this run.', '');
  for (const goal of missed) {
    const note = notes[goal.id];
    p(`### ${goal.what} (\`${goal.id}\`)`, '', `Goal ${goal.goal}; this run: ${goal.figure}.`, '');
    if (note) p(`- **Cause:** ${note.cause}`, `- **Fix:** ${note.fix}`, '');
    else p('- **Not analysed yet**: no entry in `bench/notes.json` for this goal.', '');
  }
  if (unmeasured.length > 0) {
    p('Not measured in this run:', ...unmeasured.map((goal) => `- ${goal.what} (\`${goal.id}\`): ${goal.figure}`), '');
  }
  return `${lines.join('\n')}\n`;
}
