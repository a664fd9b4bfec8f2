// Seeding for the server benches. Accounts are `bench-000001` … `bench-NNNNNN`
// (`bench-000001@example.com`, name "Bench User N"), in the example config, all plain users.
// The first is created through the service (so its rows are exactly what the store writes);
// in PostgreSQL the rest are copies of its rows made by one INSERT … SELECT generate_series
// per table, in one transaction (100,000 accounts in seconds, where one by one through the
// service would take minutes).
import pg from 'pg';
import type { ProfileService } from '../../src/service';

export const accountId = (n: number) => `bench-${String(n).padStart(6, '0')}`;
export const SEEDER = { userId: 'bench-seeder', roles: ['admin'] };

/** Creates accounts `from`..`to` through the service (memory and SQLite; quick enough for a few thousand). */
export async function seedThroughService(service: ProfileService, from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n++) {
    const id = accountId(n);
    await service.createAccount(SEEDER, { id, email: `${id}@example.com`, name: `Bench User ${n}` });
  }
}

const q = (schema: string) => pg.escapeIdentifier(schema);

/** How many accounts the schema holds. */
export async function countAccounts(client: pg.ClientBase, schema: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${q(schema)}.customers where sort_key = 'main'`);
  return Number(rows[0]!.n);
}

/**
 * Grows a PostgreSQL store (schema already migrated, account 1 created through the service) to
 * `to` accounts with bulk inserts copying account 1's rows: two `customers` rows and one audit
 * entry per account, `seq` handed out from the store's counter like `insertAccount` does.
 */
export async function bulkSeedPostgres(client: pg.ClientBase, schema: string, to: number): Promise<{ added: number; ms: number }> {
  const s = q(schema);
  const started = performance.now();
  const from = (await countAccounts(client, schema)) + 1;
  if (from > to) return { added: 0, ms: 0 };
  if (from === 1) throw new Error('bulkSeedPostgres: create account 1 through the service first (it is the template)');
  const template = accountId(1);
  await client.query('begin');
  try {
    const { rows } = await client.query<{ value: string }>(`select value from ${s}.counters where name = 'customers' for update`);
    const base = Number(rows[0]!.value);
    // main rows: the template's attributes (no password, plain user), own id, email and seq.
    await client.query(
      `insert into ${s}.customers (account_id, sort_key, seq, version, email, search_name, attributes)
       select 'bench-' || lpad(g::text, 6, '0'), 'main', $3::bigint + (g - $1), 1,
              'bench-' || lpad(g::text, 6, '0') || '@example.com', null, t.attributes
       from generate_series($1::int, $2::int) g,
            (select attributes from ${s}.customers where account_id = $4 and sort_key = 'main') t`,
      [from, to, base + 1, template],
    );
    // data rows: the template's, with the account's own name.
    await client.query(
      `insert into ${s}.customers (account_id, sort_key, seq, version, email, search_name, attributes)
       select 'bench-' || lpad(g::text, 6, '0'), 'data', null, null, null, lower('Bench User ' || g),
              jsonb_set(t.attributes, '{name}', to_jsonb('Bench User ' || g))
       from generate_series($1::int, $2::int) g,
            (select attributes from ${s}.customers where account_id = $3 and sort_key = 'data') t`,
      [from, to, template],
    );
    // one creation audit entry per account, like insertAccount writes.
    await client.query(
      `insert into ${s}.audit_entries (id, account_id, actor_id, action, at, changes)
       select gen_random_uuid()::text, 'bench-' || lpad(g::text, 6, '0'), a.actor_id, a.action, a.at, a.changes
       from generate_series($1::int, $2::int) g,
            (select actor_id, action, at, changes from ${s}.audit_entries where account_id = $3 order by seq limit 1) a`,
      [from, to, template],
    );
    await client.query(`update ${s}.counters set value = $1 where name = 'customers'`, [base + (to - from + 1)]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  await client.query(`analyze ${s}.customers`);
  await client.query(`analyze ${s}.audit_entries`);
  return { added: to - from + 1, ms: Math.round(performance.now() - started) };
}

/**
 * Gives one account `count` more audit entries (profile updates by the account itself), in one
 * INSERT … SELECT: the audit page query then has an account with a long history to page through.
 */
export async function bulkSeedAudit(client: pg.ClientBase, schema: string, id: string, count: number): Promise<{ ms: number }> {
  const s = q(schema);
  const started = performance.now();
  await client.query(
    `insert into ${s}.audit_entries (id, account_id, actor_id, action, at, changes)
     select gen_random_uuid()::text, $1, $1, 'profile.update',
            to_char(timestamp '2026-01-01' + g * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            jsonb_build_array(jsonb_build_object('field', 'company', 'before', 'Company ' || (g - 1), 'after', 'Company ' || g))
     from generate_series(1, $2::int) g`,
    [id, count],
  );
  await client.query(`analyze ${s}.audit_entries`);
  return { ms: Math.round(performance.now() - started) };
}
