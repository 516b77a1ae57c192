import type { TFunction } from 'i18next';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { formatDateTime } from '../i18n/format';

/** A store notice in the reader's language: its sentence, and the file it names on a labelled line. */
export interface NoticeText {
  text: string;
  /** The label before `file` ("Kept for recovery in the workspace folder as"). */
  label?: string;
  /** The exact workspace-relative name, needed to find the file; never translated. */
  file?: string;
}

/** The record the store's noun names, as a key of notices.kinds. */
const kindOf = (noun = '') => (noun === 'case' || noun === 'workshop' ? noun : noun === 'deleted record' ? 'deleted' : 'record');

/** Which line follows the sentence: the file set aside (by which label), or the file that is missing. */
const fileLine: Partial<Record<NonNullable<Notice['key']>, { label: string; value: 'aside' | 'file' }>> = {
  fileDamagedRestored: { label: 'notices.keptAs', value: 'aside' },
  fileDamagedNoBackup: { label: 'notices.keptAs', value: 'aside' },
  logDamagedLines: { label: 'notices.keptForRecovery', value: 'aside' },
  logUnfollowedChanges: { label: 'notices.keptForRecovery', value: 'aside' },
  logOrphaned: { label: 'notices.keptForRecovery', value: 'aside' },
  historyLineSetAside: { label: 'notices.keptForRecovery', value: 'aside' },
  recordMissing: { label: 'notices.missingFile', value: 'file' },
};

/**
 * Words a notice the store raised. A notice with a key is said from its values; one without (an
 * older or unexpected one) keeps its English sentence.
 */
export function noticeText(notice: Notice, t: TFunction): NoticeText {
  if (!notice.key) return { text: notice.message };
  const values = notice.values ?? {};
  const kind = kindOf(values.kind);
  const text = t(`notices.${notice.key}`, {
    file: fileName(values.file, t),
    date: values.takenAt ? formatDateTime(values.takenAt) : '',
    kind: t(`notices.kinds.a.${kind}`),
    theKind: t(`notices.kinds.the.${kind}`),
    name: values.name ?? '',
    count: Number(values.count ?? 0),
  });
  const line = fileLine[notice.key];
  const file = line ? values[line.value] : undefined;
  return line && file ? { text, label: t(line.label), file } : { text };
}

/** What the file is to the person ("the workspace file"), not its path. */
function fileName(file: string | undefined, t: TFunction): string {
  if (!file) return '';
  if (file === 'casebook.json') return t('notices.files.workspace');
  if (file.startsWith('cases/')) return t('notices.files.case');
  if (file.startsWith('workshops/')) return t('notices.files.workshop');
  return file;
}
