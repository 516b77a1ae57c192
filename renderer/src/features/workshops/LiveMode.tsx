import { Alert, Box, Button, Grid, Group, Portal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TimerCommand } from '../../../../shared/domain/timer';
import type { Workshop } from '../../../../shared/domain/workshop';
import { CapturePanel } from './CapturePanel';
import { useClock, useNow } from './clock';
import { nextTimer, timerState } from './live-timer';
import { LiveTimerPanel } from './LiveTimerPanel';
import { openAudience } from './open-audience';
import { ProjectorPanel } from './ProjectorPanel';
import { RunningSchedule } from './RunningSchedule';
import { useTimerAlerts } from './use-timer-alerts';
import { openWorkshop, useWorkshop } from './workshop-store';

const shortcutCodes: Record<string, 'toggle' | 'next' | 'skip' | 'extend' | 'fullscreen' | 'projector'> = {
  KeyS: 'toggle',
  KeyN: 'next',
  KeyK: 'skip',
  KeyE: 'extend',
  KeyF: 'fullscreen',
  KeyP: 'projector',
};

/**
 * The facilitator's console: the timer and its controls, the re-flowing schedule, the capture
 * panel and what the projector shows. The room sees only the separate audience window.
 */
export function LiveMode({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const clock = useClock();
  const now = useNow(250);
  const saveLive = useWorkshop((s) => s.saveLive);
  const patchPlan = useWorkshop((s) => s.patchPlan);
  const root = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const alert = useTimerAlerts(workshop, now, workshop.room.chime);

  const command = (c: TimerCommand) => {
    const current = openWorkshop() ?? workshop;
    const next = nextTimer(current, c, clock.now());
    if (next) void saveLive(next);
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };

  // Shortcuts read the latest state through refs so the listener is registered once.
  const projector = () => void openAudience(workshop.id);
  const handlers = useRef({ command, toggleFullscreen, projector });
  handlers.current = { command, toggleFullscreen, projector };
  // The overlay covers the app; keep keyboard focus out of what is hidden behind it.
  useEffect(() => {
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    return () => app?.removeAttribute('inert');
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = e.altKey && !e.ctrlKey && !e.metaKey ? shortcutCodes[e.code] : undefined;
      if (!action) return;
      e.preventDefault();
      const h = handlers.current;
      const status = timerState(openWorkshop() ?? workshop).status;
      if (action === 'toggle') h.command({ type: status === 'idle' ? 'start' : status === 'running' ? 'pause' : 'resume' });
      else if (action === 'fullscreen') h.toggleFullscreen();
      else if (action === 'projector') h.projector();
      else h.command({ type: action });
    };
    const onFullscreen = () => setFullscreen(document.fullscreenElement === root.current);
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [workshop]);

  if (workshop.agenda.length === 0) return <Alert color="yellow">{t('live.noAgenda')}</Alert>;

  return (
    <Portal>
      <Box
        ref={root}
        bg="#101113"
        px="lg"
        py="sm"
        pos="fixed"
        inset={0}
        style={{ zIndex: 250, overflow: 'auto' }}
        data-testid="live-mode"
        role="region"
        aria-labelledby="live-title"
      >
        <Group justify="space-between" mb="xs" wrap="nowrap">
          <Title order={2} id="live-title" c="#ffffff" fz="lg" lineClamp={1}>
            {workshop.title}
          </Title>
          <Group gap="md" wrap="nowrap">
            <Button size="xs" variant="white" color="dark" onClick={toggleFullscreen}>
              {fullscreen ? t('live.exitFullscreen') : t('live.fullscreen')}
            </Button>
            <Button size="xs" variant="white" color="dark" component={Link} href={`/workshops/${workshop.id}`}>
              {t('live.leave')}
            </Button>
          </Group>
        </Group>
        <Grid gap="lg">
          <Grid.Col span={5}>
            <Stack gap="md">
              <section aria-label={t('live.region')}>
                <LiveTimerPanel workshop={workshop} now={now} onCommand={command} alert={alert} />
              </section>
              <ProjectorPanel workshop={workshop} />
              <RunningSchedule
                workshop={workshop}
                now={now}
                compact
                onMinutes={(itemId, minutes) =>
                  void patchPlan({ agenda: workshop.agenda.map((a) => (a.id === itemId ? { ...a, minutes } : a)) })
                }
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={7}>
            <CapturePanel workshop={workshop} />
          </Grid.Col>
        </Grid>
        <Text c="#dee2e6" size="xs" mt="xs">
          {t('live.shortcuts')}
        </Text>
      </Box>
    </Portal>
  );
}
