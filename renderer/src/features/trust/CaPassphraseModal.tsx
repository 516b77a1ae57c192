import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readableInput } from '../exports/readable-input';

/** What the CA passphrase is asked for: a CRL to save, the CA offered to the region, or a revocation sent there. */
export type CaPassphraseTask = { kind: 'export' } | { kind: 'publish' } | { kind: 'revoke'; serialNumber: string; name: string };

const titles = { export: 'region.exportRevocationsTitle', publish: 'region.publishTitle', revoke: 'region.revokeTitle' } as const;
const buttons = { export: 'region.exportButton', publish: 'region.publishButton', revoke: 'region.revokeButton' } as const;

/**
 * Asks for the CA passphrase and runs the task with it. A refusal (a wrong passphrase, say) is
 * shown here, in the dialog, and the dialog stays open: nothing was done, so the person can try again.
 */
export function CaPassphraseModal({
  task,
  onClose,
  run,
}: {
  task: CaPassphraseTask | null;
  onClose: () => void;
  /** Does the task; the error message to show, or null when it is done. */
  run: (task: CaPassphraseTask, caPassphrase: string) => Promise<string | null>;
}) {
  const { t } = useTranslation('trust');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setPassphrase('');
    setError(null);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!task) return;
    setBusy(true);
    const problem = await run(task, passphrase).finally(() => setBusy(false));
    if (problem) return setError(problem);
    close();
  };

  return (
    <Modal
      opened={task !== null}
      onClose={close}
      title={task ? t(titles[task.kind], task.kind === 'revoke' ? { name: task.name } : {}) : ''}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {task?.kind === 'revoke' && (
            <>
              <Text size="sm">{t('region.revokeOffered', { name: task.name })}</Text>
              <Text size="sm" fw={600}>
                {t('region.revokeFinal')}
              </Text>
            </>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <PasswordInput
            {...readableInput}
            label={t('region.caPassphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy} color={task?.kind === 'revoke' ? 'red' : undefined}>
              {task ? t(buttons[task.kind]) : ''}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
