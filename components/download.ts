/** Saves data as a file through the browser's download of a blob URL (no permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  // The click starts the download synchronously; the URL can go once it has been read.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function downloadJson(filename: string, data: unknown): void {
  downloadText(filename, JSON.stringify(data, null, 2), 'application/json');
}

/** CSV with a byte-order mark, so spreadsheet programs read it as UTF-8 (Cyrillic stays readable). */
export function downloadCsv(filename: string, csv: string): void {
  downloadText(filename, '\uFEFF' + csv, 'text/csv;charset=utf-8');
}
