/** Strings of the admin component(s). */
export const admin = {
};
