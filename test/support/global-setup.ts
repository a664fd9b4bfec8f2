import { dropAllTestSchemas } from './postgres';

// Test schemas are dropped before and after the whole run, not per test (see dropAllTestSchemas).
async function clean() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  try {
    await dropAllTestSchemas(url);
  } catch {
    // Unreachable: the PostgreSQL tests themselves report it (and fail in CI).
  }
}

export async function setup() {
  await clean();
}

export async function teardown() {
  await clean();
}
