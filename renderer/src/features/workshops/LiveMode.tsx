import { Alert, Box, Button, Grid, Group, Portal, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TimerCommand } from '../../../../shared/domain/timer';
import type { Workshop } from '../../../../shared/domain/workshop';
import { CapturePanel } from './CapturePanel';
import { useClock, useNow } from './clock';
import { nextTimer, timerState } from './live-timer';
import { LiveTimerPanel } from './LiveTimerPanel';
import { RunningSchedule } from './RunningSchedule';
import { useWorkshop } from './workshop-store';

const shortcutCodes: Record<string, 'toggle' | 'next' | 'skip' | 'extend' | 'fullscreen' | 'presenter'> = {
  KeyS: 'toggle',
  KeyN: 'next',
  KeyK: 'skip',
  KeyE: 'extend',
  KeyF: 'fullscreen',
  KeyP: 'presenter',
};

/** Live facilitation for a projector: the timer, the re-flowing schedule and the capture panel. */
export function LiveMode({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const clock = useClock();
  const now = useNow(250);
  const saveLive = useWorkshop((s) => s.saveLive);
  const root = useRef<HTMLDivElement>(null);
  const [presenter, setPresenter] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);

  const command = (c: TimerCommand) => {
    const current = useWorkshop.getState().workshop ?? workshop;
    const next = nextTimer(current, c, clock.now());
    if (next) void saveLive(next);
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };

  // Shortcuts read the latest state through refs so the listener is registered once.
  const handlers = useRef({ command, toggleFullscreen, togglePresenter: () => setPresenter((p) => !p) });
  handlers.current = { command, toggleFullscreen, togglePresenter: () => setPresenter((p) => !p) };
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
      const status = timerState(useWorkshop.getState().workshop ?? workshop).status;
      if (action === 'toggle') h.command({ type: status === 'idle' ? 'start' : status === 'running' ? 'pause' : 'resume' });
      else if (action === 'fullscreen') h.toggleFullscreen();
      else if (action === 'presenter') h.togglePresenter();
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

  const schedule = <RunningSchedule workshop={workshop} now={now} compact={!presenter} />;
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
            <Switch
              color="yellow.5"
              checked={presenter}
              onChange={(e) => setPresenter(e.currentTarget.checked)}
              label={<Text c="#ffffff" size="sm">{t('live.presenter')}</Text>}
            />
            <Button size="xs" variant="white" color="dark" onClick={toggleFullscreen}>
              {fullscreen ? t('live.exitFullscreen') : t('live.fullscreen')}
            </Button>
            <Button size="xs" variant="white" color="dark" component={Link} href={`/workshops/${workshop.id}`}>
              {t('live.leave')}
            </Button>
          </Group>
        </Group>
        <Grid gap="xl">
          <Grid.Col span={7}>
            <Stack gap="md">
              <section aria-label={t('live.region')}>
                <LiveTimerPanel workshop={workshop} now={now} onCommand={command} large={presenter} />
              </section>
              {!presenter && schedule}
            </Stack>
          </Grid.Col>
          <Grid.Col span={5}>{presenter ? schedule : <CapturePanel workshop={workshop} />}</Grid.Col>
        </Grid>
        <Text c="#dee2e6" size="xs" mt="xs">
          {t('live.shortcuts')}
        </Text>
      </Box>
    </Portal>
  );
}
