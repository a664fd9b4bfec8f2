/**
 * The English wording of every issue a core schema raises (in the browser as on the server), by
 * id, `{name}` parts filled from the issue's params: the one place these words are written. The
 * React layer's `common.validation` is this catalogue (its translations hold the same keys); the
 * ids only the server raises are in `SERVER_ISSUE_MESSAGES`.
 */
export const ISSUE_MESSAGES = {
  required: 'Required',
  tooLong: 'Too long',
  atMostChars: 'At most {n} characters',
  atLeastChars: 'At least {n} characters',
  controlChars: 'Contains characters that are not allowed',
  email: 'Enter a valid email address',
  url: 'Enter a full web address (https://…)',
  httpsUrl: 'Use an https:// address',
  phoneChars: 'Use digits, spaces and + ( ) - . only',
  phoneDigits: 'Between {min} and {max} digits',
  locale: 'Not a valid language tag (e.g. en-GB)',
  date: 'Use the form YYYY-MM-DD',
  finite: 'Must be a finite number',
  atLeast: 'At least {n}',
  atMost: 'At most {n}',
  step: 'In steps of {n}',
  onOrAfter: 'On or after {date}',
  onOrBefore: 'On or before {date}',
  chooseOne: 'Choose one of the options',
  chooseFrom: 'Choose from the options',
  chooseAtMost: 'Choose at most {n}',
  onceEach: 'Each option may be chosen once',
  unknownField: 'Unknown field',
  mayNotChange: 'You may not change this field',
  passwordsDiffer: 'The passwords do not match',
  expectedNumber: 'Enter a number',
  attributeKey: 'Use letters, digits, _ - and . only',
  reservedName: 'This name is reserved',
  atMostAttributes: 'At most {n} attributes',
  expectedObject: 'Expected an object',
  roleName: 'Not a valid role name',
  roleOnce: 'Each role may appear once',
  appId: 'Not a valid app id',
  appOnce: 'Each app may appear once',
  keyOnce: 'Each key may appear once',
  sameAsCurrent: 'Must differ from the current password',
  // Raised by the server, but shown in the components' own flows (the email change, revoking a key).
  alreadyAccountEmail: 'Already the account email',
  noSuchKey: 'No such key: {keys}',
};
