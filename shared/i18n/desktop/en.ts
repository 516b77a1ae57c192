/**
 * Text the desktop shell shows itself (menus, native dialogs, updates), in the language the user
 * chose: the main process reads it through electron/main/strings.ts, the interface as its
 * `desktop` namespace.
 */
export const desktop = {
  menu: {
    file: 'File',
    chooseWorkspace: 'Choose workspace folder…',
    quit: 'Quit Casebook',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Casebook',
    readme: 'Casebook guide (README)',
    checkForUpdates: 'Check for updates…',
    development: 'Development',
    // Electron's built-in roles label themselves in English on Windows and Linux: every one is named here.
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    minimise: 'Minimise',
    close: 'Close window',
    front: 'Bring all to front',
    hide: 'Hide Casebook',
    unhide: 'Show all',
  },
  about: {
    credits: 'For GO Award peer assessors and social partnership facilitators. Everything stays on this computer.',
  },
  readme: {
    missingTitle: 'The guide is not here',
    missing: 'The Casebook guide (README.md) could not be found in this installation: {{path}}',
  },
  workspace: {
    chooseTitle: 'Choose the Casebook workspace folder',
  },
  startup: {
    failedTitle: 'Casebook could not start',
  },
  quit: {
    failedTitle: 'Casebook could not finish saving',
    failed: 'The workspace could not be closed cleanly: {{message}}. If you quit now, the last change may not be on disk.',
    stay: 'Keep Casebook open',
    quitAnyway: 'Quit anyway',
  },
  close: {
    savingTitle: 'Saving your last changes',
    saving: 'Casebook is still saving what you typed last. The window closes by itself as soon as it is on disk.',
    keepOpen: 'Keep Casebook open',
    closeWithoutWaiting: 'Close without waiting',
    notSavedTitle: 'Not everything is saved',
    notSaved: 'Some changes could not be saved: {{reason}}. If you close now they are lost. Keep Casebook open to try again.',
    noAnswerTitle: 'Casebook could not confirm your changes are saved',
    noAnswer: 'The window did not answer within {{seconds}} seconds, so the last changes may not be on disk.',
    closeAnyway: 'Close anyway',
  },
  updates: {
    title: 'Updates',
    ok: 'OK',
    notInstalled: 'Updates are checked only in an installed copy of Casebook. This copy is running from source.',
    noSource: 'This copy of Casebook was built without an update source. Install new versions from the offline installer.',
    failed:
      'Casebook could not check for updates ({{message}}). You may be offline; nothing has changed. Offline installers stay available from your IT team or the releases page.',
    latest: 'You have the latest version of Casebook ({{version}}).',
    available: 'Casebook {{version}} is available (you have {{current}}). Download it now? Nothing is installed until you say so.',
    download: 'Download',
    notNow: 'Not now',
    downloadFailed: 'The update could not be downloaded ({{message}}). Nothing has changed.',
    ready: 'Casebook {{version}} is downloaded. Restart now to install it? Your work is saved first.',
    restart: 'Restart and install',
    later: 'Later',
  },
};
