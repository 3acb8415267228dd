// The one IPC contract: channel name (`domain:verb`) → input schema and output type.
// Each domain declares its channels in its own file; this file only composes them.
import type { z } from 'zod';
import type { ChannelDef } from './define';
import { profileContract } from './profile';
import { importerContract } from './importer';
import { appContract } from './app';
import { filesContract } from './files';
import { countersContract, outgoingContract } from './outgoing';
import { backupContract } from './backup';
import { directoryContract } from './directory';
import { incomingContract } from './incoming';
import { draftsContract } from './drafts';
import { reportContract } from './report';
import { documentsContract } from './documents';
import { templatesContract } from './templates';
import { formatContract } from './format';
import { handlingContract, incomingDueChannel } from './handling';

export const contract = {
  ...profileContract,
  ...importerContract,
  ...appContract,
  ...filesContract,
  ...outgoingContract,
  ...countersContract,
  ...backupContract,
  ...directoryContract,
  ...incomingContract,
  ...draftsContract,
  ...reportContract,
  ...documentsContract,
  ...templatesContract,
  ...formatContract,
  ...handlingContract,
  ...incomingDueChannel,
} as const satisfies Record<`${string}:${string}`, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ApiInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ApiOutput<C extends Channel> = Exclude<Contract[C]['output'], undefined>;

export type Domain = Channel extends infer C ? (C extends `${infer D}:${string}` ? D : never) : never;
export type VerbsOf<D extends Domain> = Channel extends infer C ? (C extends `${D}:${infer V}` ? V : never) : never;
export type ChannelOf<D extends Domain, V extends VerbsOf<D>> = `${D}:${V}` & Channel;

/** The renderer's view: `api.profile.get(input)`. */
export type AppApi = {
  [D in Domain]: { [V in VerbsOf<D>]: (input: ApiInput<ChannelOf<D, V>>) => Promise<ApiOutput<ChannelOf<D, V>>> };
};

export const channels = Object.keys(contract) as Channel[];

export const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);

export const splitChannel = (c: Channel): [string, string] => {
  const i = c.indexOf(':');
  return [c.slice(0, i), c.slice(i + 1)];
};
