import { Alert, Box, Loader, Portal, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { audienceModel } from '../../../../shared/domain/workshop-audience';
import type { Workshop } from '../../../../shared/domain/workshop';
import { localiseWorkshop } from '../../../../shared/i18n/domain/localise';
import { api } from '../../lib/api';
import { AudienceView } from './AudienceView';
import { useNow } from './clock';
import { useTimerAlerts } from './use-timer-alerts';

/**
 * How often the projector re-reads the workshop. Polling, not a push event, because it works
 * the same in the desktop app and in the browser host, needs no new event channel, and a read
 * is cheap (the workshop is cached in main). The countdown itself is computed every 250 ms from
 * the stored timestamps, so only commands (pause, next, +5 min) wait for the next read.
 */
const POLL_MS = 1_000;

/** The audience (projector) window of a workshop. */
export function AudiencePage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation('workshops');
  const now = useNow(250);
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    const read = async () => {
      const result = await api.workshops.get({ id });
      if (stopped) return;
      if (result.ok) {
        setWorkshop(result.data);
        setError(null);
      } else setError(result.error.message);
    };
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id]);

  // The overlay covers the app shell; nothing behind it may take focus or be read out.
  useEffect(() => {
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    return () => app?.removeAttribute('inert');
  }, []);

  // The projector pulses with the console, but never chimes: the chime is for the facilitator.
  const alert = useTimerAlerts(workshop, now, false);
  // The template's own words (agenda titles, theme titles and prompts) in the projector's language; typed text stays as typed.
  const model = workshop ? audienceModel(localiseWorkshop(workshop, i18n.language), now) : null;
  return (
    <Portal>
      <Box
        role="region"
        bg="#101113"
        px={48}
        py={32}
        pos="fixed"
        inset={0}
        style={{ zIndex: 250, overflow: 'hidden' }}
        data-testid="audience"
        aria-labelledby="audience-title"
      >
        <Title order={1} id="audience-title" c="#ced4da" fz={24} mb="md" lineClamp={1}>
          {model?.title ?? t('room.audience.heading')}
        </Title>
        {error && !model && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {!model && !error && <Loader color="yellow" aria-label={t('common:loading')} />}
        {model && <AudienceView model={model} alert={alert} />}
      </Box>
    </Portal>
  );
}
