export const welcome = {
  title: 'Welcome to Casebook',
  intro:
    'Before you start, tell Casebook who you are. Your name, role and organisation are stamped on every change you make and on the documents you sign. You can change them later in Settings.',
  language: 'Language · Iaith',
  name: 'Your name',
  nameRequired: 'Enter your name so your changes and signatures carry it',
  role: 'Role',
  organisation: 'Organisation',
  startHeading: 'How would you like to start?',
  startEmpty: 'Start with an empty workspace',
  startDemo: 'Load the demo workspace',
  demoHint: 'The demo adds four fictional authorities and two partnership workshops, so you can see Casebook at work.',
  failed: 'Your profile could not be saved: {{reason}}',
};
