// The HTTP contract, web-standard (Request -> Response): used by the Express router, msw and Next.js.
export * from './create-profile-handler';
export * from './profile-handler-options';
export * from './http-constants';
export * from './etag';
export * from './security-headers';
