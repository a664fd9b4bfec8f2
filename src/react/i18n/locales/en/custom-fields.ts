/** Strings of the customFields component(s). */
export const customFields = {
};
