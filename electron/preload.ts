// The preload: exposes one `window.api` built from the contract, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../shared/ipc/contract';

const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
for (const channel of channels) {
  const i = channel.indexOf(':');
  const domain = channel.slice(0, i);
  const verb = channel.slice(i + 1);
  (api[domain] ??= {})[verb] = (input: unknown) => ipcRenderer.invoke(channel, input);
}
contextBridge.exposeInMainWorld('api', api);
