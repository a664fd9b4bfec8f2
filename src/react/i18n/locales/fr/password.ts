import type { password as en } from '../en/password';

export const password: typeof en = {
};
