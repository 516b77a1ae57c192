import { Paper, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain/workshop';
import { ActionCapture } from './ActionCapture';
import { EntryCapture } from './EntryCapture';
import { IssueCapture } from './IssueCapture';
import { NoteCapture } from './NoteCapture';
import { RatingsCapture } from './RatingsCapture';

const tabs = ['note', 'ratings', 'tips', 'parking', 'actions', 'issues'] as const;

/** Everything the facilitator types during the workshop, without leaving live mode. */
export function CapturePanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  return (
    <Paper p="sm" radius="md" component="section" aria-labelledby="capture-heading" mah="calc(100vh - 90px)" style={{ overflow: 'auto' }}>
      <Title order={3} id="capture-heading" size="h4" mb="xs">
        {t('capture.heading')}
      </Title>
      <Tabs defaultValue="note" keepMounted={false}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`capture.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="note" pt="sm">
          <NoteCapture workshop={workshop} />
        </Tabs.Panel>
        <Tabs.Panel value="ratings" pt="sm">
          <RatingsCapture workshop={workshop} />
        </Tabs.Panel>
        <Tabs.Panel value="tips" pt="sm">
          <EntryCapture workshop={workshop} kind="topTip" />
        </Tabs.Panel>
        <Tabs.Panel value="parking" pt="sm">
          <EntryCapture workshop={workshop} kind="parkingLot" />
        </Tabs.Panel>
        <Tabs.Panel value="actions" pt="sm">
          <ActionCapture workshop={workshop} />
        </Tabs.Panel>
        <Tabs.Panel value="issues" pt="sm">
          <IssueCapture workshop={workshop} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
