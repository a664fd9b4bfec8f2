import type { notifications as en } from '../en/notifications';

export const notifications: typeof en = {
};
