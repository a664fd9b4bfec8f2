/** Strings of the profileForm component(s). */
export const profileForm = {
};
