import { mkdirSync } from 'node:fs';
import { createPostgresStore, createSqliteStore } from '../src/server';

/** SQLite in `.data/` by default; PostgreSQL when DATABASE_URL is set. */
export async function openDemoStore() {
  const url = process.env.DATABASE_URL;
  if (url) return { store: await createPostgresStore({ connectionString: url, schema: 'profilekit_demo' }), where: 'PostgreSQL (DATABASE_URL, schema profilekit_demo)' };
  mkdirSync('.data', { recursive: true });
  return { store: await createSqliteStore({ filename: '.data/profilekit.db' }), where: 'SQLite (.data/profilekit.db)' };
}
