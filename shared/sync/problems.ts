import type { ErrorKey } from '../i18n/errors';
import type { SyncProblemCode } from '../ipc/contracts/sync';

/** The error key (shared/i18n/errors) that says each sync problem in the person's language. */
export const syncProblemKey: Record<SyncProblemCode, ErrorKey> = {
  unreachable: 'syncUnreachable',
  wrong_password: 'syncWrongPassword',
  no_access: 'syncNoAccess',
  not_couchdb: 'syncNotCouchdb',
  tls: 'syncTls',
  insecure_address: 'syncInsecureAddress',
  refused: 'syncRefused',
  not_configured: 'syncNotConfigured',
};
