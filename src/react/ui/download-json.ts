/** How long the object URL outlives the click: the browser reads the Blob after the click returns. */
const REVOKE_AFTER_MS = 1000;

/**
 * Hands `data` to the browser as a JSON file called `fileName`: a Blob, an object URL, a click
 * on an `<a download>` (nothing is navigated to), then the URL revoked once the browser has
 * taken the file, so the document is not kept in memory.
 */
export function downloadJson(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
