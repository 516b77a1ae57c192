import { Button, Kbd, Modal, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evidenceKinds, type EvidenceKind } from '../../../../shared/domain/case';

/** Alt+E's question: which kind of evidence? One digit (1–4) answers it; Escape cancels. */
export function EvidenceKindModal({ onChoose, onClose }: { onChoose: (kind: EvidenceKind) => void; onClose: () => void }) {
  const { t } = useTranslation('cases');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('evidence.whichKind')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      onKeyDown={(event) => {
        const digit = /^(?:Digit|Numpad)([1-4])$/.exec(event.code);
        if (!digit) return;
        event.preventDefault();
        onChoose(evidenceKinds[Number(digit[1]) - 1]);
      }}
    >
      <SimpleGrid cols={2} spacing="sm">
        {evidenceKinds.map((kind, i) => (
          <Button
            key={kind}
            variant="default"
            size="md"
            data-autofocus={i === 0 || undefined}
            onClick={() => onChoose(kind)}
            aria-keyshortcuts={String(i + 1)}
            leftSection={<Kbd>{i + 1}</Kbd>}
          >
            {t(`evidence.kinds.${kind}`)}
          </Button>
        ))}
      </SimpleGrid>
    </Modal>
  );
}
