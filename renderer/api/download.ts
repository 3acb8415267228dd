// Bytes main handed back → a browser download. Kept apart from files.ts so the first screen's stores
// (which finish deliveries) load no zod.

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type Doc = Pick<Document, 'createElement' | 'body'>;

/** Browser mode: hands bytes to the browser as a download (the browser asks where, not us). */
export function downloadBytes(name: string, mime: string, dataBase64: string, doc: Doc = document): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(dataBase64)], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name.replace(/[\\/]/g, '-');
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
