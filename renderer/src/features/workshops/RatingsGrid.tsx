import { Box, Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gridKey, spreadPerTable, type GridPos } from '../../../../shared/domain/ratings-grid';
import type { Workshop } from '../../../../shared/domain/workshop';
import { RatingsLegend } from './RatingsLegend';

interface Props {
  workshop: Workshop;
  /** Omitted: the grid is read-only. */
  onRate?: (themeId: string, groupId: string, value: number | null) => void;
  /** The review screen adds a row with each table's spread. */
  spread?: boolean;
}

// Darker shades as maturity rises; every one keeps its text above 4.5:1.
const cellColours = ['#ffe3e3', '#fff3bf', '#e7f5ff', '#d3f9d8', '#b2f2bb'] as const;

/**
 * Themes × table groups. Arrow keys move; a digit 0–4 rates the focused cell and moves to the
 * next theme (the order a table calls its ratings out); Delete clears. One tab stop for the grid.
 */
export function RatingsGrid({ workshop, onRate, spread = false }: Props) {
  const { t } = useTranslation('workshops');
  const [pos, setPos] = useState<GridPos>({ row: 0, col: 0 });
  const [said, setSaid] = useState('');
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const { themes, groups } = workshop;
  const valueOf = (themeId: string, groupId: string) =>
    workshop.ratings.find((r) => r.themeId === themeId && r.groupId === groupId)?.value ?? null;
  const scale = (v: number | null) => (v === null ? t('capture.notRated') : t(`capture.ratingScale.${v}`));
  const labelOf = (row: number, col: number) =>
    t('room.grid.cell', { theme: themes[row].title, group: groups[col].name, rating: scale(valueOf(themes[row].id, groups[col].id)) });

  const focus = (to: GridPos) => {
    setPos(to);
    cells.current.get(`${to.row}:${to.col}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const result = gridKey(event.key, pos, themes.length, groups.length, Boolean(onRate));
    if (result.kind === 'none') return;
    event.preventDefault();
    const theme = themes[pos.row];
    const group = groups[pos.col];
    if (result.kind === 'set' || result.kind === 'clear') {
      const value = result.kind === 'set' ? result.value : null;
      onRate?.(theme.id, group.id, value);
      setSaid(t('room.grid.said', { theme: theme.title, group: group.name, rating: scale(value) }));
    }
    focus(result.to);
  };

  if (groups.length === 0) return <Text>{t('capture.needGroups')}</Text>;
  const spreads = !spread
    ? []
    : spreadPerTable(
        workshop.ratings,
        groups.map((g) => g.id),
      );

  return (
    <Box>
      <Box
        component="table"
        role="grid"
        aria-labelledby="ratings-grid-caption"
        onKeyDown={onKeyDown}
        style={{ borderCollapse: 'collapse', width: '100%' }}
      >
        <caption id="ratings-grid-caption" className="visually-hidden">
          {spread ? t('room.grid.reviewCaption') : t('room.grid.caption')}
        </caption>
        <thead>
          <tr>
            <Box component="th" scope="col" ta="left" fz="sm" p={4}>
              {t('capture.theme')}
            </Box>
            {groups.map((g) => (
              <Box component="th" scope="col" key={g.id} fz="sm" p={4} ta="center">
                {g.name}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((theme, row) => (
            <tr key={theme.id}>
              <Box component="th" scope="row" ta="left" fz="sm" fw={600} p={4} lh={1.2}>
                {theme.title}
              </Box>
              {groups.map((g, col) => {
                const value = valueOf(theme.id, g.id);
                const active = pos.row === row && pos.col === col;
                return (
                  <Box
                    component="td"
                    role="gridcell"
                    key={g.id}
                    ref={(el: HTMLTableCellElement | null) => {
                      if (el) cells.current.set(`${row}:${col}`, el);
                      else cells.current.delete(`${row}:${col}`);
                    }}
                    tabIndex={active ? 0 : -1}
                    aria-label={labelOf(row, col)}
                    aria-readonly={onRate ? undefined : true}
                    data-rating={value ?? ''}
                    onFocus={() => setPos({ row, col })}
                    onClick={() => focus({ row, col })}
                    ta="center"
                    fz={20}
                    fw={800}
                    c="#1a1b1e"
                    bg={value === null ? '#ffffff' : cellColours[value]}
                    style={{
                      border: '1px solid #adb5bd',
                      minWidth: 44,
                      height: 34,
                      cursor: onRate ? 'pointer' : 'default',
                      outlineOffset: -3,
                    }}
                  >
                    {value ?? '·'}
                  </Box>
                );
              })}
            </tr>
          ))}
          {spreads.length > 0 && (
            <tr>
              <Box component="th" scope="row" ta="left" fz="sm" p={4}>
                {t('room.grid.spreadRow')}
              </Box>
              {groups.map((g) => {
                const s = spreads.find((x) => x.groupId === g.id);
                return (
                  <Box component="td" role="gridcell" key={g.id} ta="center" fz="sm" p={4} data-testid={`table-spread-${g.id}`}>
                    {s ? t('room.grid.spread', { min: s.min, max: s.max, count: s.count }) : t('capture.notRated')}
                  </Box>
                );
              })}
            </tr>
          )}
        </tbody>
      </Box>
      <RatingsLegend editable={Boolean(onRate)} />
      <div aria-live="polite" className="visually-hidden">
        {said}
      </div>
    </Box>
  );
}
