import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { formatDateTime } from '../i18n/format';
import { api } from '../lib/api';

/** Messages about the workspace itself (a restored backup) stay until the user dismisses them. */
export function WorkspaceNotices() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    void api.workspace.info().then((result) => {
      if (result.ok) setNotices(result.data.notices);
    });
    return api.on('workspace:notice', (notice) => setNotices((list) => [...list, notice]));
  }, []);

  /** What the file is to the person ("the workspace file"), not its path. */
  const fileName = (file = '') =>
    file === 'casebook.json' ? t('notices.files.workspace') : file.startsWith('cases/') ? t('notices.files.case') : file.startsWith('workshops/') ? t('notices.files.workshop') : file;

  if (notices.length === 0) return null;
  return (
    <Stack gap="sm" mb="md">
      {notices.map((notice, index) => (
        <Alert
          key={`${index}-${notice.message}`}
          color={notice.level === 'error' ? 'red' : notice.level === 'warning' ? 'orange' : 'blue'}
          title={t('notices.title')}
          withCloseButton
          closeButtonLabel={t('notices.dismiss')}
          onClose={() => setNotices((list) => list.filter((_, i) => i !== index))}
          role="alert"
        >
          {notice.key ? (
            <>
              {t(`notices.${notice.key}`, {
                file: fileName(notice.values?.file),
                date: notice.values?.takenAt ? formatDateTime(notice.values.takenAt) : '',
              })}
              {notice.values?.aside && (
                <Text size="sm" mt={4}>
                  {t('notices.keptAs')} <code>{notice.values.aside}</code>
                </Text>
              )}
            </>
          ) : (
            notice.message
          )}
        </Alert>
      ))}
    </Stack>
  );
}
