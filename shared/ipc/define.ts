import type { z } from 'zod';

/** One channel of the contract: a zod schema for the input and a phantom output type. */
export type ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> = {
  readonly input: I;
  /** Type-only marker; never read at run time. */
  readonly output?: O;
};

/** `defineChannel(schema).returns<T>()` keeps the output type without a runtime value. */
export const defineChannel = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): ChannelDef<I, O> => ({ input }),
});
