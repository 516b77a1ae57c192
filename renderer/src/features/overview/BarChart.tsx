import { Stack, Text } from '@mantine/core';

export interface Bar {
  label: string;
  value: number;
  /** The value as read aloud and printed, e.g. "2.5" or "3 organisations". */
  display: string;
}

interface Props {
  title: string;
  bars: Bar[];
  max: number;
}

const ROW = 28;
const LABEL = 190;
const WIDTH = 520;

/**
 * Horizontal bars in plain SVG: one image with a full text alternative, labels and values drawn
 * as text (never colour alone). The same numbers are also in a data table beside it.
 */
export function BarChart({ title, bars, max }: Props) {
  const plot = WIDTH - LABEL - 50;
  const height = bars.length * ROW + 8;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.display}`).join('; ')}`;
  return (
    <Stack gap={4}>
      <Text fw={600}>{title}</Text>
      <svg role="img" aria-label={summary} width="100%" viewBox={`0 0 ${WIDTH} ${height}`} style={{ maxWidth: WIDTH }}>
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const w = max > 0 ? Math.max(2, (bar.value / max) * plot) : 2;
          return (
            <g key={bar.label}>
              <text x={LABEL - 8} y={y + ROW / 2 + 1} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#212529">
                {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
              </text>
              <rect x={LABEL} y={y + 4} width={w} height={ROW - 10} rx="2" fill="var(--mantine-color-indigo-8)" />
              <text x={LABEL + w + 6} y={y + ROW / 2 + 1} dominantBaseline="middle" fontSize="13" fill="#212529">
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
    </Stack>
  );
}
