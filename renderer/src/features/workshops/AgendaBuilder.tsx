import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, moveItem, planSchedule } from '../../../../shared/domain/schedule';
import type { AgendaItem, Workshop } from '../../../../shared/domain/workshop';
import { offerUndo } from '../../components/undo-offer';
import { AgendaItemEditor } from './AgendaItemEditor';
import { openWorkshop, useWorkshop } from './workshop-store';
import { strong } from './styles';

/** The agenda: computed times, over-length, reorder by keyboard or drag, add / duplicate / delete with undo. */
export function AgendaBuilder({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const patchPlan = useWorkshop((s) => s.patchPlan);
  const [announcement, setAnnouncement] = useState('');
  const { agenda } = workshop;
  const plan = planSchedule(workshop.startTime, agenda, workshop.sessionMinutes);
  const saveAgenda = async (next: AgendaItem[]) => (await patchPlan({ agenda: next })) === null;
  const save = (next: AgendaItem[]) => void saveAgenda(next);
  // Edits can land between renders (a blur commit, then a move): always start from the latest.
  const latest = () => openWorkshop()?.agenda ?? agenda;

  /** Moves item `id` to `to`, or by `delta` when `to` is null. By id, not by rendered index: two Alt+Arrow
   *  presses can both land before React re-renders, and the second must move the same item again. */
  const move = (id: string, to: number | null, delta = 0) => {
    const items = latest();
    const from = items.findIndex((x) => x.id === id);
    if (to === null) to = from + delta;
    if (from < 0 || to < 0 || to >= items.length || from === to) return;
    // Keep focus on the control the person was using, even though its item moves in the DOM.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const next = moveItem(items, from, to);
    save(next);
    const start = planSchedule(workshop.startTime, next).items[to].start;
    setAnnouncement(t('agenda.moved', { title: items[from].title, position: to + 1, count: items.length, start: formatClock(start) }));
    requestAnimationFrame(() => focused?.focus());
  };

  const add = () => {
    const item: AgendaItem = {
      id: crypto.randomUUID(),
      title: t('agenda.newItem'),
      purpose: 'discussion',
      lead: '',
      side: 'both',
      minutes: 10,
      papers: '',
      notes: '',
      outcome: '',
    };
    save([...latest(), item]);
    requestAnimationFrame(() => {
      const inputs = document.querySelectorAll<HTMLInputElement>('[data-agenda] fieldset input[required]');
      inputs[inputs.length - 1]?.select();
    });
  };

  const remove = (id: string) => {
    const index = latest().findIndex((x) => x.id === id);
    if (index < 0) return;
    const removed = latest()[index];
    save(latest().filter((x) => x.id !== id));
    // The same offer as every other delete: a button, Ctrl+Z while it shows, Escape closes it.
    offerUndo(t('agenda.deleted', { title: removed.title }), async () => {
      const restored = [...latest()];
      restored.splice(Math.min(index, restored.length), 0, removed);
      save(restored);
      setAnnouncement(t('agenda.restored', { title: removed.title }));
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agenda-heading" data-agenda>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} id="agenda-heading" size="h4">
            {t('agenda.heading')}
          </Title>
          <Group gap="xs">
            <Text fw={600}>{t('agenda.plannedEnd', { end: formatClock(plan.end), total: plan.totalMinutes })}</Text>
            {workshop.sessionMinutes ? (
              <Badge color={plan.overBy > 0 ? strong.red : strong.green} variant="filled" size="lg">
                {plan.overBy > 0 ? t('agenda.overLength', { minutes: plan.overBy }) : t('agenda.fits')}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm">{t('agenda.help')}</Text>
        <div aria-live="polite" className="visually-hidden">
          {announcement}
        </div>
        {agenda.length === 0 && <Text>{t('agenda.empty')}</Text>}
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-labelledby="agenda-heading">
          {agenda.map((item, index) => (
            <li key={item.id} data-agenda-index={index}>
              <AgendaItemEditor
                item={item}
                position={index}
                count={agenda.length}
                times={`${formatClock(plan.items[index].start)}–${formatClock(plan.items[index].end)}`}
                onChange={(changed) => saveAgenda(latest().map((x) => (x.id === changed.id ? changed : x)))}
                onMove={(delta) => move(item.id, null, delta)}
                onDuplicate={() => {
                  const copy = { ...item, id: crypto.randomUUID(), title: `${item.title} ${t('agenda.copySuffix')}` };
                  const all = latest();
                  const at = all.findIndex((x) => x.id === item.id) + 1;
                  save([...all.slice(0, at), copy, ...all.slice(at)]);
                }}
                onDelete={() => remove(item.id)}
                onDragStart={(e) => {
                  e.preventDefault();
                  const drop = (up: PointerEvent) => {
                    const target = document.elementFromPoint(up.clientX, up.clientY)?.closest<HTMLElement>('[data-agenda-index]');
                    if (target) move(item.id, Number(target.dataset.agendaIndex));
                    document.body.style.cursor = '';
                  };
                  document.body.style.cursor = 'grabbing';
                  window.addEventListener('pointerup', drop, { once: true });
                }}
              />
            </li>
          ))}
        </Stack>
        <Button variant="default" onClick={add} style={{ alignSelf: 'flex-start' }}>
          {t('agenda.add')}
        </Button>
      </Stack>
    </Paper>
  );
}
