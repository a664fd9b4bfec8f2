// profilekit: the React binding ("use client" is prepended at build time).
export * from './provider/profile-kit-provider';
export * from './hooks/use-profile-adapter';
export * from './hooks/use-profile';
export * from './hooks/use-profile-config';
export * from './hooks/query-keys';
export { ProfileError, isProfileError } from '../core';
export type { Profile, ProfileAdapter, ProfilePatch, ViewerConfig, FieldAccess } from '../core';
