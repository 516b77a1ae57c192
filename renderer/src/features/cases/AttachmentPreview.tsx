import { Image } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../../../shared/domain/case';
import { api } from '../../lib/api';

/** An attached image, fetched from main as a data URL (main refuses large files). */
export function AttachmentPreview({ attachment }: { attachment: AttachmentRef }) {
  const { t } = useTranslation('cases');
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.cases.attachmentPreview({ sha256: attachment.sha256 }).then((r) => live && r.ok && setUrl(r.data.dataUrl));
    return () => {
      live = false;
    };
  }, [attachment.sha256]);
  if (!url) return null;
  return (
    <Image
      src={url}
      alt={t('evidence.previewOf', { name: attachment.name })}
      w={160}
      h={100}
      fit="contain"
      radius="sm"
      bd="1px solid var(--mantine-color-gray-4)"
    />
  );
}
