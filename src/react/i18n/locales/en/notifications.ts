/** Strings of NotificationPrefs. Channel and topic labels come from the field config. */
export const notifications = {
  title: 'Notifications',
  /** Screen-reader header of the corner cell above the topic names. */
  topic: 'Topic',
  /** The accessible name of one switch. */
  switchLabel: '{topic} by {channel}',
  /** A cell whose topic is never sent on that channel (shown as a dash). */
  notSent: '{topic} is not sent by {channel}',
  /** Why a mandatory topic's switches are on and locked. */
  mandatory: 'Always on: these notices keep the account safe.',
  /** Instant mode: one switch could not be saved and was turned back. */
  saveFailed: 'Could not save “{topic} by {channel}”, so it was turned back. {error}',
  /** Save-button mode: the save failed; the changes are kept for another try. */
  saveAllFailed: 'Could not save your changes. {error}',
  /**
   * Instant mode: the conflict dialog was closed without a choice; the named switches (a list)
   * still show the user's choice, unsaved.
   */
  unresolved: 'Your choice is not saved yet: {switches}. Someone else changed these notifications meanwhile. Save again to compare and choose.',
  /** Instant mode: shows the conflict dialog again for the unsaved choices. */
  saveAgain: 'Save again',
  reset: 'Reset',
  /** Save-button mode: how many switches differ from what is saved. */
  unsaved: 'Unsaved changes: {count}',
};
