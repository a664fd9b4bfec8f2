/**
 * Who is asking. Authentication belongs to the host app; profilekit only reads the user id and
 * the role names (matched against the field config's `view` / `edit` lists and `adminRoles`).
 */
export interface Viewer {
  userId: string;
  roles: readonly string[];
}
