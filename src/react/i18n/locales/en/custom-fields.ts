/** Strings of the customFields component(s). */
export const customFields = {
  /** The editor's heading. */
  title: 'Additional information',
  /** When the viewer sees no custom field and no attributes. */
  empty: 'There is nothing more to fill in here.',
  noChanges: 'No changes to save.',
  /** Shown when every field shown is read-only (no Save button). */
  allReadOnly: 'You can see these details but not change them.',
  attributes: {
    /** Column headings above the rows. */
    keyHeader: 'Name',
    valueHeader: 'Value',
    /** Each row's input labels (screen readers), `{n}` its position. */
    keyLabel: 'Name of attribute {n}',
    valueLabel: 'Value of attribute {n}',
    add: 'Add attribute',
    remove: 'Remove',
    /** The remove button's accessible name. */
    removeLabel: 'Remove {key}',
    removeUnnamed: 'Remove attribute {n}',
    confirmTitle: 'Remove {key}?',
    confirmTitleUnnamed: 'Remove attribute {n}?',
    confirmDescription: 'The attribute is deleted when you save.',
    confirm: 'Remove',
    none: 'No attributes yet.',
    /** Under the list: how many there may be. */
    limit: 'Up to {n} attributes.',
    /** Two rows with the same name (a form rule, not the server's). */
    duplicate: 'Each name may be used once',
  },
};
