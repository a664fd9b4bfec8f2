/** Strings of the notifications component(s). */
export const notifications = {
};
