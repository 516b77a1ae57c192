import { createTheme } from '@mantine/core';
import i18n from '../i18n';

/** Calm, high-contrast defaults: readable for a day of typing and on a projector. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white text on filled buttons and links above WCAG AA contrast.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  defaultRadius: 'sm',
  fontSizes: { md: '1rem' },
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  // Notifications' close buttons need a name for screen readers (axe: button-name). An alert's
  // title in its own light colour (orange, red) is under 4.5:1 on its tint, so titles are dark.
  components: {
    Notification: {
      defaultProps: {
        closeButtonProps: { 'aria-label': i18n.t('common:actions.close') },
        styles: { description: { color: 'var(--mantine-color-dark-7)' } },
      },
    },
    Alert: { styles: { title: { color: 'var(--mantine-color-dark-7)' } } },
  },
});
