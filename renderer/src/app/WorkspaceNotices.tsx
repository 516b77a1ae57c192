import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { api } from '../lib/api';
import { noticeText } from './notice-text';
import { scrollToRecover } from '../features/settings/RecoverSection';

/** Notices about a saved-changes log set aside: they lead to Settings › Recover set-aside changes. */
const SET_ASIDE = new Set<Notice['key']>(['logDamagedLines', 'logUnfollowedChanges', 'logOrphaned']);

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
          <NoticeBody {...noticeText(notice, t)} />
          {notice.key && SET_ASIDE.has(notice.key) && (
            <Anchor component={Link} href="/settings" onClick={scrollToRecover} size="sm" display="block" mt={4}>
              {t('notices.recoverLink')}
            </Anchor>
          )}
        </Alert>
      ))}
    </Stack>
  );
}

function NoticeBody({ text, label, file }: ReturnType<typeof noticeText>) {
  return (
    <>
      {text}
      {label && file && (
        <Text size="sm" mt={4}>
          {label} <code>{file}</code>
        </Text>
      )}
    </>
  );
}
