import { useContext } from 'react';
import type { ProfileAdapter } from '../../core/browser';
import { ProfileKitContext } from '../provider/profile-kit-context';

/** The adapter of the nearest `<ProfileKitProvider>`; throws outside one. */
export function useProfileAdapter(): ProfileAdapter {
  const adapter = useContext(ProfileKitContext);
  if (!adapter) throw new Error('profilekit: wrap this component in <ProfileKitProvider adapter={…}>');
  return adapter;
}
