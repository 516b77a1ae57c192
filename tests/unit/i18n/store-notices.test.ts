import { describe, expect, it } from 'vitest';
import i18n from '../../../renderer/src/i18n';
import { noticeText } from '../../../renderer/src/app/notice-text';
import { noticeKeys, type Notice } from '../../../shared/ipc/contracts/workspace';

// Words that are English and never Welsh (as the e2e Welsh walk uses), to catch a notice left in English.
const englishOnly =
  /(?<![\p{L}’'])(the|and|of|with|for|was|were|is|file|case|workshop|record|history|saved|kept|missing|damaged|backup|recovery|deleted|workspace|folder|line|lines|changes?)(?![\p{L}’'])/giu;

/** Every keyed notice the store raises, with the values it gives (see entity-folder.ts, entity-recovery.ts, reconcile.ts, document.ts). */
const samples: Notice[] = noticeKeys.flatMap((key) =>
  ['case', 'workshop', 'deleted record'].flatMap((kind) =>
    [1, 2, 3, 6].map((count) => ({
      level: 'warning' as const,
      message: 'English for the log',
      key,
      values: {
        kind,
        count: String(count),
        name: 'Cyngor Gwynedd',
        file: 'cases/0001.json',
        aside: 'cases/0001.wal.orphaned-2026-12-03T04-00-00.000Z-abc123',
        takenAt: '2026-12-03T00:45:00.000Z',
      },
    })),
  ),
);

describe('store notices are said in the reader’s language from their key and values', () => {
  it('every keyed notice reads in Welsh with no English left (the file names on their own line aside)', () => {
    const cy = i18n.getFixedT('cy', 'common');
    for (const notice of samples) {
      const { text, label } = noticeText(notice, cy);
      expect(`${text} ${label ?? ''}`, notice.key).not.toMatch(/\{\{|notices\.|undefined/);
      expect(`${text.split('Cyngor Gwynedd').join(' ')} ${label ?? ''}`.match(englishOnly), `${notice.key}: ${text}`).toBeNull();
    }
  });

  it('reads in English with the count, the kind and the file to look for', () => {
    const en = i18n.getFixedT('en-GB', 'common');
    const say = (key: Notice['key'], kind: string, count: string) =>
      noticeText(
        {
          level: 'warning',
          message: '',
          key,
          values: { kind, count, aside: 'cases/x.wal.damaged-1', file: 'cases/x.json', name: 'Cyngor Gwynedd' },
        },
        en,
      );
    expect(say('logDamagedLines', 'case', '1').text).toContain('The saved-changes log of a case held 1 damaged line.');
    expect(say('logDamagedLines', 'workshop', '3').text).toContain('of a workshop held 3 damaged lines.');
    expect(say('logUnfollowedChanges', 'case', '2').text).toContain('held 2 changes that do not follow its file');
    expect(say('logOrphaned', 'case', '0')).toEqual({
      text: 'The file of a case is missing and no backup of it was found. Its saved changes were kept for recovery; nothing was deleted.',
      label: 'Kept for recovery in the workspace folder as',
      file: 'cases/x.wal.damaged-1',
    });
    expect(say('recordMissing', 'case', '0')).toMatchObject({
      text: expect.stringContaining('The file of the case “Cyngor Gwynedd” is missing'),
      file: 'cases/x.json',
    });
    expect(say('historyLineSetAside', 'deleted record', '0').text).toContain('The history of a deleted record ended');
    expect(say('listNotUpdated', 'case', '0')).toEqual({ text: expect.stringContaining('Your change was saved, but the list of records') });
    // A notice without a key (an older one) keeps its sentence.
    expect(noticeText({ level: 'info', message: 'As it was said.' }, en)).toEqual({ text: 'As it was said.' });
  });
});
