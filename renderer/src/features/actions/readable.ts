/** Mantine dims input descriptions below WCAG AA contrast; hints here must be readable. */
export const readableDescription = { description: { color: 'var(--mantine-color-dark-5)' } };
