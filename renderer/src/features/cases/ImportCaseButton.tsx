import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/ipc/contracts/cases';
import { api } from '../../lib/api';
import { reloadCaseList } from './case-store';
import { notify } from './notify';
import { SealLine } from './SealLine';

/** Picks a case file (checked fully in main), then asks keep-both / replace if it exists here. */
export function ImportCaseButton() {
  const { t } = useTranslation('cases');
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  const pick = async () => {
    const result = await api.cases.importPick();
    if (!result.ok) notify(result.error.message, 'error');
    else if (result.data) setPreview(result.data);
  };

  const commit = async (mode: 'new' | 'keep_both' | 'replace') => {
    if (!preview) return;
    const result = await api.cases.importCommit({ token: preview.token, mode });
    setPreview(null);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    notify(t('import.done', { name: result.data.organisationName }));
    await reloadCaseList();
  };

  return (
    <>
      <Button variant="default" onClick={() => void pick()}>
        {t('importCase')}
      </Button>
      {preview && (
        <Modal
          opened
          onClose={() => setPreview(null)}
          title={t('import.title', { name: preview.organisationName })}
          closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        >
          <Stack>
            <Text>
              {t('import.summary', { evidence: preview.evidenceCount, files: preview.attachmentCount, entries: preview.journalEntries })}
            </Text>
            <SealLine seal={preview.seal} />
            {preview.exists && <Text fw={600}>{t('import.exists')}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)} data-autofocus>
                {t('common:actions.cancel')}
              </Button>
              {preview.exists ? (
                <>
                  <Button variant="default" onClick={() => void commit('keep_both')}>
                    {t('import.keepBoth')}
                  </Button>
                  <Button color="red.8" onClick={() => void commit('replace')}>
                    {t('import.replace')}
                  </Button>
                </>
              ) : (
                <Button onClick={() => void commit('new')}>{t('import.importNow')}</Button>
              )}
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
