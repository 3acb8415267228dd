// Builds the `{ domain: { verb(input) } }` object from the contract's channel names; used by the
// preload (over ipcRenderer.invoke) and by the renderer client (over any transport).
import type { Result } from '../errors';
import type { ApiInput, ApiOutput, Channel, ChannelOf, Domain, VerbsOf } from './contract';

/** What the preload exposes as `window.api`: every channel, answering with a Result. */
export type RawApi = {
  [D in Domain]: { [V in VerbsOf<D>]: (input?: ApiInput<ChannelOf<D, V>>) => Promise<Result<ApiOutput<ChannelOf<D, V>>>> };
};

export function buildApiObject<F>(names: readonly Channel[], member: (channel: Channel) => F, freeze = true): Record<string, Record<string, F>> {
  const api: Record<string, Record<string, F>> = Object.create(null) as Record<string, Record<string, F>>;
  for (const channel of names) {
    const i = channel.indexOf(':');
    const domain = channel.slice(0, i);
    (api[domain] ??= Object.create(null) as Record<string, F>)[channel.slice(i + 1)] = member(channel);
  }
  if (!freeze) return api;
  for (const d of Object.values(api)) Object.freeze(d);
  return Object.freeze(api);
}
