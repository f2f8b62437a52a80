import { apiFile } from './api-client';

/**
 * Downloads through fetch rather than a plain link, so the export speaks the UI language
 * (Accept-Language) and a failure becomes a notification instead of a blank tab.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  saveFile(await apiFile(path), fallbackName);
}

/** Hands a fetched file (`callFile`) to the browser as a download. */
export function saveFile(file: { blob: Blob; filename: string | null }, fallbackName: string) {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
