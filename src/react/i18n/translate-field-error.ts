import type { ProfileKitMessages } from './messages';

type Validation = ProfileKitMessages['common']['validation'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return '(.+?)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}

const cache = new WeakMap<Validation, { key: keyof Validation; pattern: RegExp; names: string[] }[]>();

/**
 * A field message in the viewer's language. The core's validation messages (shared with the
 * server, so also what a server's 422 carries) are English; this matches one against the
 * English templates and renders the same key from `messages`. Anything else passes through.
 */
export function translateFieldError(message: string, english: Validation, messages: Validation): string {
  if (english === messages) return message;
  let matchers = cache.get(english);
  if (!matchers) {
    matchers = (Object.keys(english) as (keyof Validation)[]).map((key) => ({ key, ...matcher(english[key]) }));
    cache.set(english, matchers);
  }
  for (const { key, pattern, names } of matchers) {
    const match = pattern.exec(message);
    if (!match) continue;
    return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const index = names.indexOf(name);
      return index >= 0 ? match[index + 1]! : whole;
    });
  }
  return message;
}
