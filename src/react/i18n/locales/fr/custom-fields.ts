import type { customFields as en } from '../en/custom-fields';

export const customFields: typeof en = {
};
