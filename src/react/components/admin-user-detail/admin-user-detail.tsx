export interface AdminUserDetailProps {
  /** The user to show and edit. */
  userId: string;
  className?: string;
  /** Audit entries per page. Default 10. */
  auditPageSize?: number;
}

/** TODO(issue 4): being built. */
export function AdminUserDetail(_props: AdminUserDetailProps) {
  return null;
}
