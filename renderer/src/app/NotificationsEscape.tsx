import { useWindowEvent } from '@mantine/hooks';
import { notifications, useNotifications } from '@mantine/notifications';

/** Escape closes the notifications on screen (they also close themselves), wherever focus is. */
export function NotificationsEscape() {
  const shown = useNotifications().notifications.length;
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape' && shown > 0) notifications.clean();
  });
  return null;
}
