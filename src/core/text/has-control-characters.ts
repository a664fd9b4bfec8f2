// C0/C1 controls, bidi overrides and zero-width joiners are never legitimate in profile text and
// are a favourite of spoofing; newlines and tabs are allowed only where a field is multi-line.
const SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function hasControlCharacters(text: string, multiLine = false): boolean {
  return (multiLine ? MULTI_LINE : SINGLE_LINE).test(text);
}
