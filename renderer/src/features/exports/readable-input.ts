/**
 * Mantine's default error red (red.6) and description grey fail WCAG AA contrast on white;
 * these props darken them for this feature's inputs. (A theme-wide fix belongs in app/theme.ts.)
 */
export const readableInput = {
  errorProps: { c: 'red.9' },
  descriptionProps: { c: 'dark.4' },
  styles: { input: { color: 'var(--mantine-color-text)' } },
} as const;
