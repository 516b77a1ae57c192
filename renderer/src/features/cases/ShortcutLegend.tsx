import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const keys = [
  { keys: ['Alt', '1…6'], label: 'criterion' },
  { keys: ['Alt', 'Q'], label: 'questions' },
  { keys: ['Alt', 'N'], label: 'interview' },
  { keys: ['Alt', 'L'], label: 'link' },
  { keys: ['Alt', 'E'], label: 'evidence' },
  { keys: ['Alt', 'A'], label: 'attach' },
  { keys: ['Ctrl', 'F'], label: 'search' },
  { keys: ['Ctrl', 'Z'], label: 'undo' },
] as const;

/** The site-visit shortcuts, always on screen: every action is two keys. */
export function ShortcutLegend() {
  const { t } = useTranslation('cases');
  return (
    <Group component="section" aria-label={t('visit.shortcuts')} gap="md" wrap="wrap" style={{ rowGap: 2 }}>
      {keys.map((k) => (
        <Group key={k.label} gap={4} wrap="nowrap">
          {k.keys.map((key, i) => (
            <span key={key}>
              {i > 0 && '+'}
              <Kbd size="xs">{key}</Kbd>
            </span>
          ))}
          <Text size="sm" ml={2}>
            {t(`visit.keys.${k.label}`).replace(/^\S+\s/, '')}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
