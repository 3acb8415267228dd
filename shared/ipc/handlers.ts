// The handler map every transport dispatches to, typed from the contract beside it: one
// function per channel, grouped by domain. Each domain's adapter (electron/<domain>/ipc.ts)
// builds its own group from its own service.
import type { ApiOutput, ChannelOf, Domain, ParsedInput, VerbsOf } from './contract';

type Awaitable<T> = T | Promise<T>;

export type DomainHandlers<D extends Domain> = {
  [V in VerbsOf<D>]: (input: ParsedInput<ChannelOf<D, V>>) => Awaitable<ApiOutput<ChannelOf<D, V>>>;
};
export type Handlers = { [D in Domain]: DomainHandlers<D> };
