export * from './memory/create-memory-store';
