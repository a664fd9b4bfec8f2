// Browser-safe and framework-free: the component tests (jsdom) and the stories (Chromium) use it.

export interface CapturedFile {
  /** The `<a download>` name. */
  name: string;
  /** The object URL the link pointed at. */
  url: string;
  blob: Blob;
}

/**
 * What the components hand the browser as a file (a Blob, an object URL, an `<a download>`
 * click), caught instead of downloaded: `URL.createObjectURL` / `revokeObjectURL` get minimal
 * stand-ins (jsdom has none) that remember each Blob, and a link's click is recorded instead of
 * followed (jsdom cannot follow one; a story should not save files). `restore()` puts everything
 * back (call it after the test or at the end of the play function).
 */
export function captureDownloads() {
  const files: CapturedFile[] = [];
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  let made = 0;
  const had = {
    create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
    revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
    click: Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click'),
  };
  const define = (target: object, name: string, value: unknown) => Object.defineProperty(target, name, { configurable: true, writable: true, value });
  define(URL, 'createObjectURL', (blob: Blob) => {
    const url = `blob:profilekit-test/${++made}`;
    blobs.set(url, blob);
    return url;
  });
  define(URL, 'revokeObjectURL', (url: string) => {
    revoked.push(url);
    blobs.delete(url);
  });
  define(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) files.push({ name: this.download, url: this.href, blob });
  });
  return {
    files,
    /** The object URLs revoked so far. */
    revoked,
    /** The `index`th file's content, parsed. */
    json: async (index = 0): Promise<unknown> => JSON.parse(await files[index]!.blob.text()),
    restore() {
      for (const [target, name, descriptor] of [
        [URL, 'createObjectURL', had.create],
        [URL, 'revokeObjectURL', had.revoke],
        [HTMLAnchorElement.prototype, 'click', had.click],
      ] as const) {
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete (target as unknown as Record<string, unknown>)[name];
      }
    },
  };
}
