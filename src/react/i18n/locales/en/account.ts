/** Strings of AccountDataExport and DeleteAccount (the holder's own account; the admin's words are in `users`). */
export const account = {
  export: {
    title: 'Download your data',
    description: 'A copy of everything stored about your account, in one JSON file: your profile, settings, linked sign-ins and history.',
    button: 'Download my data',
    /** Announced while the file is being prepared (the button is busy). */
    preparing: 'Preparing your file…',
    /** Announced once the browser has the file. */
    done: 'Downloaded {file}.',
  },
  delete: {
    title: 'Delete account',
    /** `{grace}`: the grace period, e.g. "14 days". */
    description: 'Your account and everything stored about it are erased {grace} after you confirm. Until then you can still sign in and cancel.',
    descriptionNow: 'Your account and everything stored about it are erased at once. This cannot be undone.',
    /** Opens the confirmation form. */
    open: 'Delete my account…',
    /** The word to type; compared without regard to case. */
    confirmWord: 'DELETE',
    confirmLabel: 'Type {word} to confirm',
    confirmHelp: 'This makes sure nobody deletes your account by accident.',
    confirmMismatch: 'Type {word} to confirm.',
    passwordRequired: 'Enter your current password.',
    submit: 'Delete my account',
    submitting: 'Deleting…',
    scheduled: 'Your account will be erased on {date}.',
    scheduledHelp: 'Changed your mind? Enter your password to keep your account.',
    keep: 'Keep my account',
    keeping: 'Cancelling the deletion…',
    cancelled: 'The deletion is cancelled: your account stays.',
    erased: 'Your account has been erased.',
  },
};
