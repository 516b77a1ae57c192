import { caseSchema, type CaseRecord } from '../../../shared/domain/case';
import { workshopSchema, type Workshop } from '../../../shared/domain/workshop';
import { AppError } from '../../../shared/result';
import { LOCAL_KEYS, type SharedBody, type SharedKind } from '../../../shared/sync/docs';
import type { CaseStore } from '../cases/case-store';
import type { WorkshopStore } from '../workshops/store';

/** A journal line for a change that arrived through sync. */
export interface SyncNote {
  kind: string;
  summary: string;
  details?: Record<string, unknown>;
}

/**
 * What sync needs from a store: read a whole record, and write one that arrived from the region
 * through the store's own commit path (journal line, write-ahead log, summary, change feed).
 * `revision`/`updatedAt` are this workspace's own bookkeeping and never travel.
 */
export interface RecordPort {
  get(id: string): Promise<SharedBody | null>;
  /** The local revision, to tell whether the user changed the record since it was last synced. */
  revision(id: string): Promise<number | null>;
  /**
   * Writes `body` as the record's new content if its local revision is still `expected` (null:
   * the record must not exist yet). Returns the new local revision, or null when the user
   * changed it meanwhile (nothing written; the next push merges).
   */
  write(id: string, body: SharedBody, expected: number | null, note: SyncNote): Promise<number | null>;
  /** Records who shared it with the region, where the record itself says so (case studies). */
  markShared?(id: string, by: string): Promise<void>;
}

export type RecordPorts = Partial<Record<SharedKind, RecordPort>>;

/** The record without this workspace's own bookkeeping. */
export function toBody(record: object): SharedBody {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !LOCAL_KEYS.has(k))) as SharedBody;
}

const moved = (error: unknown) => error instanceof AppError && error.code === 'conflict';

export function casePort(store: CaseStore): RecordPort {
  const find = async (id: string): Promise<CaseRecord | null> => ((await store.folder.exists(id)) ? store.get(id) : null);
  return {
    get: async (id) => {
      const record = await find(id);
      return record ? toBody(record) : null;
    },
    revision: async (id) => (await find(id))?.revision ?? null,
    write: async (id, body, expected, note) => {
      if (expected === null) {
        const now = new Date().toISOString();
        const record = caseSchema.parse({ ...body, id, revision: 1, updatedAt: now });
        try {
          return (await store.create(record, note)).revision;
        } catch (error) {
          if (moved(error)) return null;
          throw error;
        }
      }
      try {
        const { record } = await store.mutate(id, (draft) => {
          if (draft.revision !== expected) throw new AppError('conflict', 'syncChangedMeanwhile');
          const target = draft as unknown as Record<string, unknown>;
          for (const key of Object.keys(target)) if (!LOCAL_KEYS.has(key) && !(key in body)) delete target[key];
          for (const [key, value] of Object.entries(body)) if (!LOCAL_KEYS.has(key) && key !== 'id') target[key] = structuredClone(value);
          return { note };
        });
        return record.revision;
      } catch (error) {
        if (moved(error)) return null;
        throw error;
      }
    },
  };
}

export function workshopPort(store: WorkshopStore): RecordPort {
  const find = async (id: string): Promise<Workshop | null> => ((await store.folder.exists(id)) ? store.get(id) : null);
  return {
    get: async (id) => {
      const record = await find(id);
      return record ? toBody(record) : null;
    },
    revision: async (id) => (await find(id))?.revision ?? null,
    write: async (id, body, expected, note) => {
      if (expected === null) {
        const now = new Date().toISOString();
        const record = workshopSchema.parse({ ...body, id, revision: 1, updatedAt: now });
        try {
          return (await store.create(record, note)).revision;
        } catch (error) {
          if (moved(error)) return null;
          throw error;
        }
      }
      try {
        const updated = await store.change(id, (w) => {
          if (w.revision !== expected) throw new AppError('conflict', 'syncChangedMeanwhile');
          const target = w as unknown as Record<string, unknown>;
          for (const key of Object.keys(target)) if (!LOCAL_KEYS.has(key) && !(key in body)) delete target[key];
          for (const [key, value] of Object.entries(body)) if (!LOCAL_KEYS.has(key) && key !== 'id') target[key] = structuredClone(value);
          return note;
        });
        return updated.revision;
      } catch (error) {
        if (moved(error)) return null;
        throw error;
      }
    },
  };
}
