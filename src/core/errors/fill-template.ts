/**
 * Fills `{name}` placeholders of a message template from `values`; a placeholder with no value
 * stays as written. Splits on the braces: templates are never matched as patterns.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  const [head, ...parts] = template.split('{');
  let out = head!;
  for (const part of parts) {
    const end = part.indexOf('}');
    const name = end > 0 ? part.slice(0, end) : '';
    out += name !== '' && Object.hasOwn(values, name) ? `${values[name]}${part.slice(end + 1)}` : `{${part}`;
  }
  return out;
}
