import { SimpleGrid, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'wouter';
import { useOrganisations } from '../organisations/organisations-store';
import { AgendaBuilder } from './AgendaBuilder';
import { AttendeesEditor } from './AttendeesEditor';
import { DetailsForm } from './DetailsForm';
import { GroupsEditor } from './GroupsEditor';
import { WorkshopFrame } from './WorkshopFrame';

/** Planning a workshop: details, groups, attendees and the agenda. */
export function WorkshopPlanPage() {
  const { id = '' } = useParams<{ id: string }>();
  const loadOrganisations = useOrganisations((s) => s.load);
  useEffect(() => {
    void loadOrganisations();
  }, [loadOrganisations]);
  return (
    <WorkshopFrame id={id} tab="plan">
      {(w) => (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <DetailsForm key={`${w.id}-details`} workshop={w} />
            <Stack gap="md">
              <GroupsEditor workshop={w} />
              <AttendeesEditor workshop={w} />
            </Stack>
          </SimpleGrid>
          <AgendaBuilder workshop={w} />
        </Stack>
      )}
    </WorkshopFrame>
  );
}
