// profilekit/adapters: client-side ProfileAdapter implementations.
export * from './http/create-http-adapter';
export * from './service/create-service-adapter';
export * from './memory/create-memory-backend';
