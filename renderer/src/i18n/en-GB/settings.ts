export const settings = {
  title: 'Settings',
  profile: {
    title: 'Your profile',
    intro: 'Your name, role and organisation are stamped on every change you make and on the documents you sign.',
    name: 'Your name',
    role: 'Role',
    organisation: 'Organisation',
    roles: {
      peer_assessor: 'Peer assessor',
      facilitator: 'Regional facilitator',
      coordinator: 'Regional coordinator',
      other: 'Other',
    },
    saved: 'Profile saved',
  },
  workspace: {
    title: 'Workspace folder',
    intro: 'Everything you type is kept in this folder on this computer. Back it up like any other important folder.',
    current: 'Current folder',
    choose: 'Choose another folder…',
    desktopOnly: 'Choosing another folder needs the desktop app.',
    changed: 'Now using {{dir}}',
  },
  language: {
    title: 'Language',
    intro: 'Casebook works in English and in Welsh. The change takes effect at once and is kept in your profile.',
    label: 'Interface language',
    options: { 'en-GB': 'English', cy: 'Cymraeg' },
    review: 'The Welsh text awaits review by a first-language Welsh speaker. Until then, some wording may read as a translation; please report anything that reads awkwardly.',
    changed: 'Language changed',
  },
};
