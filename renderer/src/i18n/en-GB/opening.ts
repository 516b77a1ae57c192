/** The screen shown when the workspace cannot be opened (see app/WorkspaceGate.tsx). */
export const opening = {
  title: 'Casebook could not open your workspace',
  folder: 'Workspace folder',
  nothingChanged: 'Nothing in the folder has been changed.',
  details: 'Technical details',
  reasons: {
    locked: 'Another copy of Casebook is using this workspace.',
    newer: 'This workspace was saved by a newer version of Casebook, so this version cannot read it safely.',
    unreadable: 'Casebook cannot read this folder. It may have been moved or deleted, or you may not have permission to open it.',
    io: 'The disk reported an error while Casebook was opening the workspace.',
  },
  advice: {
    locked: 'Close Casebook on that computer, then choose Try again.',
    lockedHere:
      'Casebook is already open on this computer, in another window, or is still closing. Close that window (or wait a moment), then choose Try again.',
    newer: 'Update Casebook, choose another folder, or restore an earlier backup of the workspace.',
    unreadable: 'Check the folder still exists and that you can open it, then choose Try again, or choose another folder.',
    io: 'Check the drive is connected and working, then choose Try again.',
  },
  holder: {
    heading: 'Who is using it',
    computer: 'Computer',
    thisComputer: '{{host}} (this computer)',
    process: 'Process number',
    since: 'Opened',
    lastActive: 'Last active',
  },
  tryAgain: 'Try again',
  chooseFolder: 'Choose another folder…',
  restore: 'Restore a backup…',
  openAnyway: 'Open anyway…',
  stillFailing: 'It still could not be opened. The technical details below say why.',
  noFolderPicker: 'Choosing another folder needs the desktop app.',
  warning: {
    title: 'Open this workspace anyway?',
    body: 'Only do this if you are sure Casebook is no longer running on {{host}}. If two copies of Casebook edit the same workspace at once, each can overwrite the other’s changes and work will be lost.',
    confirm: 'Open anyway',
  },
  backups: {
    title: 'Restore a backup',
    intro:
      'Casebook keeps copies of the workspace file (organisations, your profile and settings). Choose one to put back. The current file is kept beside it, and cases and workshops keep their own files.',
    none: 'There are no backups of this workspace.',
    legend: 'Backups, newest first',
    unusable: '{{date}} — cannot be used (damaged or from a newer Casebook)',
    restore: 'Restore this backup',
    failed: 'The backup was not restored: {{reason}}',
  },
};
