import { Button, Group, Kbd, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import i18n from '../i18n';

const ID = 'undo-offer';
const SHOWN_MS = 10_000;

/** The one delete that Undo (button or Ctrl+Z) would put back; cleared when its notification goes. */
let pending: (() => Promise<void>) | null = null;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));

function onKey(event: KeyboardEvent) {
  if (!pending) return;
  if (event.key === 'Escape') {
    // Closed means closed: a Ctrl+Z straight after must not undo while the notice is still fading out.
    notifications.hide(ID);
    clear();
    return;
  }
  // In a text box Ctrl+Z stays the box's own undo of typing.
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.code === 'KeyZ' && !isTyping(event.target)) {
    event.preventDefault();
    void undo();
  }
}

function clear() {
  pending = null;
  window.removeEventListener('keydown', onKey);
}

async function undo(): Promise<void> {
  const current = pending;
  if (!current) return;
  notifications.hide(ID);
  clear();
  await current();
}

/**
 * After a delete has been saved, offers Undo for SHOWN_MS: a button, Ctrl+Z while it shows,
 * Escape closes it. A newer delete replaces the offer. `undo` puts the item back and says so.
 */
export function offerUndo(message: string, undoIt: () => Promise<void>): void {
  notifications.hide(ID);
  clear();
  pending = undoIt;
  window.addEventListener('keydown', onKey);
  notifications.show({
    id: ID,
    color: 'blue',
    autoClose: SHOWN_MS,
    onClose: clear,
    closeButtonProps: { 'aria-label': i18n.t('common:actions.close') },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text size="sm">{message}</Text>
          <Text size="xs" c="dark.5">
            <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Z</Kbd> {i18n.t('common:undo.hint')}
          </Text>
        </div>
        {/* Never shrinks: a long notice wraps its text, not the button's word ("Und…"). */}
        <Button size="compact-sm" variant="light" onClick={() => void undo()} style={{ flexShrink: 0 }}>
          {i18n.t('common:undo.undo')}
        </Button>
      </Group>
    ),
  });
}
