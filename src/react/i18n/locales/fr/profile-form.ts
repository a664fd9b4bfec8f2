import type { profileForm as en } from '../en/profile-form';

export const profileForm: typeof en = {
};
