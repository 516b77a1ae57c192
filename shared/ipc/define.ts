import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes to the workspace: the renderer's save-status indicator follows these. */
  mutation: boolean;
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ input, output, mutation: false }) satisfies ChannelSpec<I, O>;

export const mutation = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ input, output, mutation: true }) satisfies ChannelSpec<I, O>;
