export const search = {
  label: 'Search everything',
  placeholder: 'Search… (Ctrl+K or /)',
  hint: 'Organisations, cases, evidence, workshop notes, actions, issues and the library',
  noResults: 'Nothing found for “{{text}}”.',
  kinds: {
    organisation: 'Organisations',
    case: 'Cases',
    evidence: 'Evidence',
    workshop: 'Workshops',
    workshop_note: 'Workshop notes',
    action: 'Actions',
    issue: 'Issues',
    case_study: 'Library',
  },
};
