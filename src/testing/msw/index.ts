// profilekit/testing/msw: msw handlers over an in-memory backend (needs the optional peer msw).
export * from './create-profile-msw-handlers';
