import { ProfileError, type ProfileAdapter, type Viewer } from '../../core';
import type { ProfileService } from '../../service';

/** JSON in, JSON out, as over a wire: no object is shared between the caller and the service. */
const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * A `ProfileAdapter` that calls a `ProfileService` in the same process, as `viewer` (a value,
 * or a function read on every call so a sign-in switch takes effect at once).
 */
export function createServiceAdapter(service: ProfileService, viewer: Viewer | null | (() => Viewer | null)): ProfileAdapter {
  const who = typeof viewer === 'function' ? viewer : () => viewer;
  const self = () => {
    const current = who();
    return current ? current.userId : '';
  };
  const signedIn = () => {
    const current = who();
    if (!current) throw new ProfileError('unauthenticated', 'Sign in first');
    return current;
  };
  const call = async <T>(work: () => T | Promise<T>): Promise<T> => wire(await work());
  return {
    getConfig: () => call(() => service.getConfig(who())),
    getProfile: () => call(() => service.getProfile(who(), self())),
    updateProfile: (patch, version) => call(() => service.updateProfile(who(), self(), wire(patch), version)),
    changePassword: (input) => call(() => service.changePassword(who(), wire(input))),
    requestEmailChange: (input, version) => call(() => service.requestEmailChange(who(), wire(input), version)),
    cancelEmailChange: (version) => call(() => service.cancelEmailChange(who(), version)),
    confirmEmailChange: (token) => call(() => service.confirmEmailChange(who(), token)),
    listUsers: (request = {}) => call(() => service.listAccounts(who(), wire(request))),
    getUser: (userId) => call(() => service.getProfile(who(), userId)),
    updateUser: (userId, patch, version) => call(() => service.updateProfile(who(), userId, wire(patch), version)),
    setUserEmail: (userId, input, version) => call(() => service.setUserEmail(who(), userId, wire(input), version)),
    listAudit: (userId, request = {}) => call(() => service.listAudit(who(), userId, wire(request))),
    exportAccount: () => call(() => service.exportAccount(who(), self())),
    scheduleDeletion: (input, version) => call(() => service.scheduleDeletion(who(), wire(input), version)),
    cancelDeletion: (input, version) => call(() => service.cancelDeletion(who(), wire(input), version)),
    // Without a viewer the service's createAccount is a sign-up; creating a user is a creator's act.
    createUser: (input) => call(() => service.createAccount(signedIn(), wire(input))),
    suspendUser: (userId, input, version) => call(() => service.suspendAccount(who(), userId, wire(input), version)),
    reactivateUser: (userId, version) => call(() => service.reactivateAccount(who(), userId, version)),
    deleteUser: (userId, input, version) => call(() => service.deleteAccount(who(), userId, wire(input), version)),
    cancelUserDeletion: (userId, version) => call(() => service.cancelAccountDeletion(who(), userId, version)),
    exportUser: (userId) => call(() => service.exportAccount(who(), userId)),
    acceptInvitation: (input) => call(() => service.acceptInvitation(who(), wire(input))),
  };
}
