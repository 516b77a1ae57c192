import { Alert, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form in a dialog, as every create and edit dialog has it: the refusal above the fields, the
 * fields, and the form's own buttons (usually FormActions) as the last child. Enter submits.
 */
export function FormModal({
  title,
  size = 'lg',
  onClose,
  onSubmit,
  error,
  children,
}: {
  title: ReactNode;
  size?: 'lg' | 'xl';
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  error: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {children}
        </Stack>
      </form>
    </Modal>
  );
}
