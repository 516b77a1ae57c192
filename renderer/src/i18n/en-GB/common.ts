export const common = {
  appName: 'Casebook',
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main navigation',
  nav: {
    cases: 'Cases',
    workshops: 'Workshops',
    actions: 'Actions & issues',
    overview: 'Overview',
    organisations: 'Organisations',
    library: 'Library',
    settings: 'Settings',
    documents: 'Documents',
    verify: 'Verify a PDF',
  },
  save: {
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: 'Not saved — {{reason}}',
    retry: 'Retry',
    savingBeforeClose: 'Saving before closing…',
    andMore: '{{reason}} (other changes too)',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    add: 'Add',
    remove: 'Remove',
    close: 'Close',
  },
  notices: {
    title: 'Workspace message',
    dismiss: 'Dismiss message',
    fileMissingRestored: '{{file}} was missing, so Casebook put back its backup from {{date}}. Check your most recent changes.',
    fileDamagedRestored:
      '{{file}} was damaged, so Casebook set it aside and put back its backup from {{date}}. Check your most recent changes.',
    fileDamagedNoBackup:
      '{{file}} was damaged and there was no good backup of it, so Casebook started it empty. The damaged file was set aside in the workspace folder, not deleted.',
    keptAs: 'The damaged file is kept in the workspace folder as',
    logDamagedLines_one:
      'The saved-changes log of {{kind}} held {{count}} damaged line. Every change that could be replayed is saved; the whole log was kept for recovery and nothing was deleted.',
    logDamagedLines_other:
      'The saved-changes log of {{kind}} held {{count}} damaged lines. Every change that could be replayed is saved; the whole log was kept for recovery and nothing was deleted.',
    logUnfollowedChanges_one:
      'The saved-changes log of {{kind}} held {{count}} change that does not follow its file. Every change that could be replayed is saved; the whole log was kept for recovery and nothing was deleted.',
    logUnfollowedChanges_other:
      'The saved-changes log of {{kind}} held {{count}} changes that do not follow its file. Every change that could be replayed is saved; the whole log was kept for recovery and nothing was deleted.',
    logOrphaned:
      'The file of {{kind}} is missing and no backup of it was found. Its saved changes were kept for recovery; nothing was deleted.',
    recordMissing:
      'The file of {{theKind}} “{{name}}” is missing and no backup of it was found, so it needs recovery: put the file back (from your sync service, or antivirus quarantine) and reopen the workspace.',
    historyLineSetAside:
      'The history of {{kind}} ended in a line that was only half written (Casebook was stopped while saving). That line was never confirmed as saved, so it was set aside; every saved change is still in the history.',
    listNotUpdated:
      'Your change was saved, but the list of records could not be updated on disk. Casebook rebuilds it the next time it opens this workspace.',
    recoverLink: 'Review and recover these changes in Settings',
    keptForRecovery: 'Kept for recovery in the workspace folder as',
    missingFile: 'The missing file in the workspace folder:',
    /** The record a store notice is about, as the sentence needs it. */
    kinds: {
      a: { case: 'a case', workshop: 'a workshop', deleted: 'a deleted record', record: 'a record' },
      the: { case: 'the case', workshop: 'the workshop', deleted: 'the deleted record', record: 'the record' },
    },
    files: {
      workspace: 'The workspace file (organisations, your profile and settings)',
      case: 'The file of a case',
      workshop: 'The file of a workshop',
    },
  },
  loading: 'Loading…',
  error: {
    title: 'Something went wrong',
    body: 'Casebook hit an unexpected problem on this screen. Your saved work is safe.',
    reload: 'Reload the screen',
  },
  regions: {
    'North East': 'North East',
    'North West': 'North West',
    'Yorkshire and the Humber': 'Yorkshire and the Humber',
    'East Midlands': 'East Midlands',
    'West Midlands': 'West Midlands',
    'East of England': 'East of England',
    London: 'London',
    'South East': 'South East',
    'South West': 'South West',
    Wales: 'Wales',
  },
  empty: {
    cases: {
      title: 'No GO Award cases yet',
      body: 'Each case follows one authority through notify, sign-up, the 9-month action plan and the peer assessment.',
    },
    workshops: {
      title: 'No workshops yet',
      body: 'Plan a partnership workshop from a template, run it live on the projector, and capture what each table says.',
    },
    actions: {
      title: 'No actions or issues yet',
      body: 'Every action from cases and workshops, with owners and red / amber / green status, and the issue log that escalates local → regional → national.',
    },
    overview: {
      title: 'Nothing to map yet',
      body: 'Where each organisation in the region stands: award stage, partnership maturity, overdue actions and open issues.',
    },
    library: {
      title: 'The good practice library is empty',
      body: 'Case studies of what worked, collected from workshops and cases, searchable and citeable.',
    },
  },
  confidential: {
    badge: 'Confidential',
    mark: 'Confidential (never printed or projected)',
    hint: 'Kept in the record for you; left out of every document and the projector.',
  },
  dates: {
    placeholder: 'dd/mm/yyyy',
    clear: 'Clear',
  },
  undo: {
    undo: 'Undo',
    undone: 'Put back.',
    hint: 'to undo · Esc to close',
  },
};
