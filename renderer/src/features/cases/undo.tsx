import { Button, Group, Kbd, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseRecord } from '../../../../shared/domain/case';
import type { Restorable } from '../../../../shared/ipc/contracts/case-visit';
import type { Result } from '../../../../shared/result';
import i18n from '../../i18n';
import { api } from '../../lib/api';
import { useCase } from './case-store';
import { notify } from './notify';

const ID = 'case-undo';
const SHOWN_MS = 10_000;

interface Pending {
  caseId: string;
  restorable: Restorable;
  onRestored?: () => void;
}

/** The one delete that Undo (button or Ctrl+Z) would put back; cleared when its notification goes. */
let pending: Pending | null = null;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));

function onKey(event: KeyboardEvent) {
  if (!pending) return;
  if (event.key === 'Escape') {
    notifications.hide(ID);
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
  const result = await api.cases.restore({ caseId: current.caseId, restorable: current.restorable });
  if (useCase.getState().apply(result)) {
    current.onRestored?.();
    notify(i18n.t('common:undo.undone'), 'info');
  } else if (!result.ok) notify(result.error.message, 'error');
}

/**
 * Deletes through `run`, then offers Undo for SHOWN_MS: a button, Ctrl+Z while it shows, Escape
 * closes it. `restorable` is the item as it was, so Undo puts back exactly what was there.
 */
export async function deleteWithUndo(input: { caseId: string; run: Promise<Result<CaseRecord>>; restorable: Restorable; message: string; onRestored?: () => void }): Promise<boolean> {
  const result = await input.run;
  if (!useCase.getState().apply(result)) {
    if (!result.ok) notify(result.error.message, 'error');
    return false;
  }
  notifications.hide(ID);
  clear();
  pending = { caseId: input.caseId, restorable: input.restorable, onRestored: input.onRestored };
  window.addEventListener('keydown', onKey);
  notifications.show({
    id: ID,
    color: 'blue',
    autoClose: SHOWN_MS,
    onClose: clear,
    closeButtonProps: { 'aria-label': i18n.t('common:actions.close') },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div>
          <Text size="sm">{input.message}</Text>
          <Text size="xs" c="dark.5">
            <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Z</Kbd> {i18n.t('common:undo.hint')}
          </Text>
        </div>
        <Button size="compact-sm" variant="light" onClick={() => void undo()}>
          {i18n.t('common:undo.undo')}
        </Button>
      </Group>
    ),
  });
  return true;
}
