// The preload: one frozen `window.api` built from the contract's channel names, nothing else
// (no ipcRenderer, no process, no events). Each member is `(input) => invoke(channel, input)`.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApiObject, type RawApi } from '../shared/ipc/api';
import { channels } from '../shared/ipc/contract';

const api: RawApi = buildApiObject(channels, (channel) => (input?: unknown) => ipcRenderer.invoke(channel, input)) as unknown as RawApi;

contextBridge.exposeInMainWorld('api', api);
