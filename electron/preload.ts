// The preload: one frozen `window.api` built from the contract's channel names, nothing else
// (no ipcRenderer, no process, no events). Each member is `(input) => invoke(channel, input)`.
// The names come from the plain list (shared/ipc/channels.ts), not the contract: no zod here.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApiObject, type RawApi } from '../shared/ipc/api';
import { CHANNEL_NAMES } from '../shared/ipc/channels';

const api: RawApi = buildApiObject(CHANNEL_NAMES, (channel) => (input?: unknown) => ipcRenderer.invoke(channel, input)) as unknown as RawApi;

contextBridge.exposeInMainWorld('api', api);
