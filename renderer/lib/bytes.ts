// Bytes ⇄ base64 in the browser (binary data crosses IPC/HTTP as base64): the shell's helpers.
import { base64ToBytes } from '../api/download';
import { bytesToBase64 } from '../api/files';

export { base64ToBytes, bytesToBase64 };

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
