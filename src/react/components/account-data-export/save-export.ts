import { exportFileName, type AccountExport } from '../../../core/browser';
import { downloadJson } from '../../ui/download-json';

/** Hands an export to the browser as its file (`profilekit-export-<id>-<date>.json`); returns the file's name. */
export function saveExport(document: AccountExport): string {
  const name = exportFileName(document);
  downloadJson(document, name);
  return name;
}
