import { useCallback } from 'react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { splitChannel, type Channel, type InputOf, type OutputOf } from '../../../shared/ipc/contract';
import type { AppErrorShape, Result } from '../../../shared/result';
import { api } from './api';
import { affectedBy } from './affects';
import { queryClient } from './query-client';

export { newest, queryClient } from './query-client';

export const keyOf = <C extends Channel>(channel: C, input?: InputOf<C>) => (input === undefined ? [channel] : [channel, input]);

/** Calls one channel through the API client (translated errors, save status). */
export function call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<Result<OutputOf<C>>> {
  const [domain, verb] = splitChannel(channel);
  const group = (api as unknown as Record<string, Record<string, (input?: unknown) => Promise<Result<OutputOf<C>>>>>)[domain];
  return group[verb](input);
}

interface ReadOptions {
  /** While a new input's answer is on its way, the last answer stays (search as you type). */
  keepPrevious?: boolean;
  /** false: a component that only shows the answer does not fetch it again when it appears. */
  refetchOnMount?: boolean;
}

/** A read; its error (an AppErrorShape, message already translated) is the query's error. */
export function useRead<C extends Channel>(channel: C, input?: InputOf<C>, options: ReadOptions = {}) {
  return useQuery({
    queryKey: keyOf(channel, input),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchOnMount: options.refetchOnMount ?? true,
    queryFn: readOf(channel, input),
  });
}

/** The query function of a read: main's answer, or its error thrown (message translated). */
export function readOf<C extends Channel>(channel: C, input?: InputOf<C>): () => Promise<OutputOf<C>> {
  return async () => {
    const result = await call(channel, input);
    if (!result.ok) throw result.error;
    return result.data;
  };
}

/** After a write succeeded: every read it affects is fetched again (those on screen at once). */
export function invalidateAfter(channel: Channel): Promise<void> {
  return Promise.all(affectedBy(channel).map((read) => queryClient.invalidateQueries({ queryKey: [read] }))).then(() => undefined);
}

/** A write as a mutation; resolves with its Result, once the reads it affects are fresh. */
export function useWrite<C extends Channel>(channel: C) {
  const mutation = useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: async (result) => {
      if (result.ok) await invalidateAfter(channel);
    },
  });
  return mutation.mutateAsync;
}

/** Fetches a read again now (every cached input of the channel); for screens that ask on entry. */
export function useReload(channel: Channel): () => Promise<void> {
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [channel] }), [channel]);
}

/** The error to show for a write's Result (null when it was saved). */
export const errorOf = (result: Result<unknown>): AppErrorShape | null => (result.ok ? null : result.error);
