export * from './memory/create-memory-store';
export * from './sql/create-sqlite-store';
export * from './sql/create-postgres-store';
