import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const keys = [
  { keys: ['Alt', '1…6'], label: 'criterion' },
  { keys: ['Alt', 'N'], label: 'interview' },
  { keys: ['Alt', 'E'], label: 'evidence' },
  { keys: ['Alt', 'L'], label: 'link' },
  { keys: ['Ctrl', 'F'], label: 'search' },
] as const;

/** The site-visit shortcuts, always on screen. */
export function ShortcutLegend() {
  const { t } = useTranslation('cases');
  return (
    <Group component="section" aria-label={t('visit.shortcuts')} gap="lg" wrap="wrap">
      {keys.map((k) => (
        <Group key={k.label} gap={4} wrap="nowrap">
          {k.keys.map((key, i) => (
            <span key={key}>
              {i > 0 && '+'}
              <Kbd>{key}</Kbd>
            </span>
          ))}
          <Text size="sm" ml={4}>
            {t(`visit.keys.${k.label}`).replace(/^\S+\s/, '')}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
