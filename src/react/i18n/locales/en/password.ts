/** Strings of the password component(s). */
export const password = {
};
