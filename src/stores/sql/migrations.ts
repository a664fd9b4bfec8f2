import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlFlavor } from './sql-flavor';
import { CUSTOMERS_PRIMARY_KEY, EMAIL_INDEX } from './sql-errors';

/**
 * The schema migrations, by name (applied in name order; never rename or edit one that has
 * shipped, add the next `000N_…`). The DDL differs per dialect only in column types.
 */
export function profileMigrations(flavor: SqlFlavor['name']): Record<string, Migration> {
  const pg = flavor === 'postgres';
  const json = pg ? 'jsonb' : 'text';
  const bigint = pg ? 'bigint' : 'integer';

  return {
    '0001_initial': {
      // Migrations receive the migrator's database, whose schema is not ours to type.
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('customers')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('sort_key', 'text', (c) => c.notNull())
          .addColumn('seq', bigint)
          .addColumn('version', 'integer')
          .addColumn('email', 'text')
          .addColumn('search_name', 'text')
          .addColumn('attributes', json, (c) => c.notNull())
          .addPrimaryKeyConstraint(CUSTOMERS_PRIMARY_KEY, ['account_id', 'sort_key'])
          .addCheckConstraint('customers_sort_key_check', sql`sort_key in ('main', 'data')`)
          .execute();
        // Partial indexes: only main rows carry an email and a creation seq.
        for (const [index, column] of [
          [EMAIL_INDEX, 'email'],
          ['customers_seq_unique', 'seq'],
        ] as const) {
          await db.schema.createIndex(index).on('customers').column(column).unique().where(sql.ref('sort_key'), '=', sql.lit('main')).execute();
        }

        await db.schema
          .createTable('counters')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', bigint, (c) => c.notNull())
          .execute();
        await db.insertInto('counters').values({ name: 'customers', value: 0 }).execute();

        await db.schema
          .createTable('audit_entries')
          .addColumn('seq', bigint, (c) => (pg ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('actor_id', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('changes', json, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('audit_entries_account_seq').on('audit_entries').columns(['account_id', 'seq']).execute();

        await db.schema
          .createTable('email_tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('email_tokens_account').on('email_tokens').column('account_id').execute();

        await db.schema
          .createTable('throttle_hits')
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('at', bigint, (c) => c.notNull())
          .addPrimaryKeyConstraint('throttle_hits_pk', ['key', 'id'])
          .execute();
      },
    },
    '0002_audit_primary_key': {
      // PostgreSQL: with a primary key on `seq` alone, the planner could page an account's audit
      // history by scanning that key backwards and filtering out every newer entry of every other
      // account (for an account with an old history: all of them). Keyed (account_id, seq), the
      // one index orders exactly what the page asks for. SQLite's `seq` is its rowid: unchanged.
      async up(db: Kysely<any>) {
        if (!pg) return;
        await db.schema.alterTable('audit_entries').dropConstraint('audit_entries_pkey').execute();
        await db.schema.alterTable('audit_entries').addPrimaryKeyConstraint('audit_entries_pkey', ['account_id', 'seq']).execute();
        await db.schema.dropIndex('audit_entries_account_seq').execute();
      },
    },
    '0003_account_lifecycle': {
      // Scheduled erasures: `purge_at` mirrors the main record's `deletion.purgeAt` (ISO 8601
      // text, which sorts as time), indexed over the few rows that have one, for the purge.
      // Invitation tokens share the email tokens' table under their own purpose. An account's
      // export lists what it wrote: audit entries by actor.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('customers').addColumn('purge_at', 'text').execute();
        await db.schema.createIndex('customers_purge_at').on('customers').column('purge_at').where(sql.ref('purge_at'), 'is not', null).execute();
        await db.schema.alterTable('email_tokens').addColumn('purpose', 'text', (c) => c.notNull().defaultTo('email')).execute();
        await db.schema.createIndex('audit_entries_actor_seq').on('audit_entries').columns(['actor_id', 'seq']).execute();
      },
    },
  };
}
