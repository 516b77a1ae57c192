import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef, EvidenceItem } from '../../../../shared/domain/case';
import { AttachmentPreview } from './AttachmentPreview';
import { removeAttachment } from './remove-items';

const isImage = (ref: AttachmentRef) => /^image\/(png|jpeg|gif|webp)$/.test(ref.mediaType);
const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`;

/** The files attached to one evidence item; images show inline. */
export function AttachmentList({ caseId, item }: { caseId: string; item: EvidenceItem }) {
  const { t } = useTranslation('cases');
  if (item.attachments.length === 0) return null;
  return (
    <Stack gap={6} aria-label={t('evidence.attachments')} component="section">
      <Text fw={600} size="sm">
        {t('evidence.attachments')}
      </Text>
      {item.attachments.map((ref) => (
        <Group key={ref.sha256} align="flex-start" gap="sm">
          {isImage(ref) && <AttachmentPreview attachment={ref} />}
          <Stack gap={2}>
            <Text size="sm">
              {ref.name} ({sizeText(ref.size)})
            </Text>
            <Anchor
              component="button"
              type="button"
              size="sm"
              c="red.9"
              onClick={() => void removeAttachment(caseId, item, ref, t('deleted.attachment', { name: ref.name }))}
            >
              {t('evidence.removeAttachment', { name: ref.name })}
            </Anchor>
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
