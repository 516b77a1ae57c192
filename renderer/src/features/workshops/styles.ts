/** Mantine's default description grey is too faint for WCAG AA; this keeps hints readable. */
export const readableDescription = { description: { color: 'var(--mantine-color-dark-4)' } };

/** Filled colours that keep white text above 4.5:1 (Mantine's green.9 and orange.9 do not). */
export const strong = { green: '#1b5e20', amber: '#8a4b00', red: '#b71c1c', grey: '#495057' } as const;
