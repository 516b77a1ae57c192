import { Box, Group, Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maturityBand, maturityRamp, ratingText, swatchFor, type HeatMap as HeatMapModel } from '../../../../shared/domain/heat-map';
import { localiseThemeTitle } from '../../../../shared/i18n/domain/localise';
import { formatDate } from '../actions/format';
import { moveInGrid, type GridCell } from './grid-navigation';

const BORDER = '1px solid #868e96';

/**
 * Organisations × themes, each cell the latest maturity rating on an accessible colour ramp with
 * its number printed, then award stage, overdue actions and open issues. An ARIA grid with one
 * tab stop: arrows move cell to cell, Home/End along the row, Ctrl+Home/End to the corners; each
 * cell is named by organisation, column and value, so a screen reader hears all three.
 */
export function HeatMap({ map }: { map: HeatMapModel }) {
  const { t, i18n } = useTranslation('overview');
  const [at, setAt] = useState<GridCell>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLElement>());
  const themes = map.themes.map((theme) => localiseThemeTitle(theme, i18n.language));
  const cols = 1 + themes.length + 3;
  const rows = map.rows.length;
  // A filter can shrink the grid under the focused cell: stay inside it.
  const pos = { row: Math.min(at.row, rows - 1), col: Math.min(at.col, cols - 1) };

  const focus = (to: GridCell) => {
    setAt(to);
    cells.current.get(`${to.row}:${to.col}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.metaKey) return;
    const to = moveInGrid(pos, event.key, { rows, cols }, event.ctrlKey);
    if (!to) return;
    event.preventDefault();
    focus(to);
  };
  const cellProps = (row: number, col: number, label: string) => ({
    ref: (el: HTMLElement | null) => {
      if (el) cells.current.set(`${row}:${col}`, el);
      else cells.current.delete(`${row}:${col}`);
    },
    tabIndex: pos.row === row && pos.col === col ? 0 : -1,
    'aria-label': label,
    onFocus: () => setAt({ row, col }),
    onClick: () => focus({ row, col }),
    style: { border: BORDER, outlineOffset: -3, cursor: 'default' },
  });
  const countCell = (row: number, col: number, organisation: string, column: string, value: ReactNode, text: string) => (
    <Box
      component="td"
      role="gridcell"
      key={col}
      ta="center"
      fz="sm"
      p={4}
      {...cellProps(row, col, t('heatMap.countCell', { organisation, column, value: text }))}
    >
      {value}
    </Box>
  );

  if (rows === 0) return null;
  return (
    <Box>
      <Box style={{ overflowX: 'auto' }}>
        <Box
          component="table"
          role="grid"
          aria-labelledby="heat-map-caption"
          onKeyDown={onKeyDown}
          style={{ borderCollapse: 'collapse', minWidth: '100%' }}
        >
          <caption id="heat-map-caption" className="visually-hidden">
            {t('heatMap.caption')}
          </caption>
          <thead>
            <tr>
              <Box component="th" scope="col" ta="left" fz="sm" p={4} style={{ border: BORDER }}>
                {t('table.name')}
              </Box>
              {themes.map((theme) => (
                <Box component="th" scope="col" key={theme} fz="xs" p={4} ta="center" maw={120} lh={1.2} style={{ border: BORDER }}>
                  {theme}
                </Box>
              ))}
              {[t('table.stage'), t('table.overdueActionsLong'), t('table.openIssues')].map((label) => (
                <Box component="th" scope="col" key={label} fz="xs" p={4} ta="center" maw={100} lh={1.2} style={{ border: BORDER }}>
                  {label}
                </Box>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((org, row) => {
              const stage = t(`stages.${org.stage ?? 'none'}`, { defaultValue: org.stage ?? '' });
              return (
                <tr key={org.organisationId}>
                  <Box
                    component="th"
                    scope="row"
                    role="rowheader"
                    ta="left"
                    fz="sm"
                    fw={600}
                    p={4}
                    lh={1.2}
                    {...cellProps(row, 0, org.name)}
                  >
                    {org.name}
                  </Box>
                  {org.cells.map((cell, i) => {
                    const swatch = swatchFor(cell);
                    const label = cell
                      ? t('heatMap.cell', {
                          organisation: org.name,
                          theme: themes[i],
                          rating: ratingText(cell.rating),
                          label: t(`heatMap.scale.${maturityBand(cell.rating)}`),
                          date: formatDate(cell.ratedOn),
                        })
                      : t('heatMap.cellNotRated', { organisation: org.name, theme: themes[i] });
                    const props = cellProps(row, i + 1, label);
                    return (
                      <Box
                        component="td"
                        role="gridcell"
                        key={map.themes[i]}
                        ta="center"
                        fz="md"
                        fw={700}
                        p={4}
                        miw={44}
                        h={34}
                        data-rating={cell?.rating ?? ''}
                        {...props}
                        style={{ ...props.style, background: swatch.background, color: swatch.text }}
                      >
                        {cell ? ratingText(cell.rating) : '–'}
                      </Box>
                    );
                  })}
                  {countCell(row, themes.length + 1, org.name, t('table.stage'), stage, stage)}
                  {countCell(
                    row,
                    themes.length + 2,
                    org.name,
                    t('table.overdueActionsLong'),
                    <Text span fz="sm" fw={org.overdueActions > 0 ? 700 : undefined} c={org.overdueActions > 0 ? 'red.9' : undefined}>
                      {org.overdueActions}
                    </Text>,
                    String(org.overdueActions),
                  )}
                  {countCell(row, themes.length + 3, org.name, t('table.openIssues'), org.openIssues, String(org.openIssues))}
                </tr>
              );
            })}
          </tbody>
        </Box>
      </Box>
      {themes.length === 0 && (
        <Text size="sm" c="dark.4" mt="xs">
          {t('heatMap.noRatings')}
        </Text>
      )}
      <Group gap={4} mt="xs" aria-label={t('heatMap.legend')} role="group">
        <Text size="sm" fw={600} mr={4}>
          {t('heatMap.legend')}:
        </Text>
        {maturityRamp.map((swatch, n) => (
          <Text key={n} span size="sm" px={6} py={2} style={{ background: swatch.background, color: swatch.text, border: BORDER }}>
            {n} {t(`heatMap.scale.${n}`)}
          </Text>
        ))}
        <Text span size="sm" px={6} py={2} style={{ border: BORDER }}>
          – {t('heatMap.notRated')}
        </Text>
      </Group>
    </Box>
  );
}
