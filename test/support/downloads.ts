import { vi } from 'vitest';

export interface CapturedFile {
  /** The `<a download>` name. */
  name: string;
  /** The object URL the link pointed at. */
  url: string;
  blob: Blob;
}

/**
 * What the components hand the browser as a file (a Blob, an object URL, an `<a download>`
 * click): jsdom has no object URLs and cannot follow a link, so `URL.createObjectURL` /
 * `revokeObjectURL` get minimal stand-ins and the link's click is recorded instead of followed.
 * `restore()` puts everything back (call it in `afterEach`).
 */
export function captureDownloads() {
  const files: CapturedFile[] = [];
  const blobs = new Map<string, Blob>();
  let made = 0;
  const created = vi.fn((blob: Blob) => {
    const url = `blob:http://profilekit.test/${++made}`;
    blobs.set(url, blob);
    return url;
  });
  const revoked = vi.fn((url: string) => void blobs.delete(url));
  const had = { create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'), revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL') };
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: created });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: revoked });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download && blobs.has(this.href)) files.push({ name: this.download, url: this.href, blob: blobs.get(this.href)! });
  });
  return {
    files,
    created,
    revoked,
    /** The `index`th file's content, parsed. */
    json: async (index = 0): Promise<unknown> => JSON.parse(await files[index]!.blob.text()),
    restore() {
      click.mockRestore();
      for (const [name, descriptor] of [['createObjectURL', had.create], ['revokeObjectURL', had.revoke]] as const) {
        if (descriptor) Object.defineProperty(URL, name, descriptor);
        else delete (URL as unknown as Record<string, unknown>)[name];
      }
    },
  };
}
