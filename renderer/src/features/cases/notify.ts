import { notifications } from '@mantine/notifications';
import i18n from '../../i18n';

/** A toast whose close button has a name (axe: button-name); it closes itself (errors stay longer) or with Escape. */
export function notify(message: string, kind: 'success' | 'error' | 'info' = 'success'): void {
  notifications.show({
    message,
    color: kind === 'success' ? 'green' : kind === 'error' ? 'red' : 'blue',
    autoClose: kind === 'error' ? 12_000 : 5000,
    closeButtonProps: { 'aria-label': i18n.t('common:actions.close') },
  });
}
