// The few PouchDB calls sync makes, typed here: the DefinitelyTyped packages declare DOM globals
// (Blob, Buffer) that clash with Node's types in this project.
declare module 'pouchdb-core' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    _revisions?: { start: number; ids: string[] };
    _attachments?: Record<string, { content_type: string; data?: Buffer | string; stub?: boolean; length?: number; digest?: string }>;
    [key: string]: unknown;
  }
  export interface Replication extends PromiseLike<{ ok: boolean; docs_written: number; docs_read: number; errors: unknown[] }> {
    on(event: 'change' | 'error' | 'denied' | 'complete', listener: (info: unknown) => void): Replication;
    cancel(): void;
  }
  export interface ReplicateOptions {
    filter?: (doc: PouchDoc) => boolean;
    batch_size?: number;
    retry?: boolean;
    live?: boolean;
  }
  export interface Database {
    name: string;
    get(
      id: string,
      options?: { rev?: string; revs?: boolean; conflicts?: boolean; attachments?: boolean; binary?: boolean },
    ): Promise<PouchDoc>;
    get(id: string, options: { open_revs: string[] | 'all'; revs?: boolean }): Promise<{ ok?: PouchDoc; missing?: string }[]>;
    put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(
      docs: PouchDoc[],
      options?: { new_edits?: boolean },
    ): Promise<{ ok?: boolean; id?: string; rev?: string; error?: string | boolean; reason?: string; status?: number }[]>;
    allDocs(options?: {
      include_docs?: boolean;
      startkey?: string;
      endkey?: string;
      keys?: string[];
    }): Promise<{ total_rows: number; rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: PouchDoc }[] }>;
    changes(options: { since: number | string; include_docs?: boolean; limit?: number }): Promise<{
      results: { id: string; seq: number | string; deleted?: boolean; changes: { rev: string }[] }[];
      last_seq: number | string;
    }>;
    getAttachment(id: string, name: string): Promise<Buffer>;
    info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  export interface DatabaseOptions {
    adapter?: string;
    skip_setup?: boolean;
    auth?: { username: string; password: string };
    fetch?: (url: string, opts: RequestInit) => Promise<Response>;
  }
  interface Static {
    new (name: string, options?: DatabaseOptions): Database;
    plugin(plugin: unknown): Static;
    defaults(options: DatabaseOptions): Static;
    replicate(source: Database, target: Database, options?: ReplicateOptions): Replication;
  }
  const PouchDB: Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
