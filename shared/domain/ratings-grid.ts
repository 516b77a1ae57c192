/**
 * Keys of the ratings grid (rows: themes, columns: table groups). A table calls out its ratings
 * theme by theme, so a digit sets the cell and moves down its column, wrapping to the top of the
 * next table: 36 ratings take 36 key presses.
 */
export interface GridPos {
  row: number;
  col: number;
}

export type GridKeyResult =
  { kind: 'move'; to: GridPos } | { kind: 'set'; value: number; to: GridPos } | { kind: 'clear'; to: GridPos } | { kind: 'none' };

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

/** The cell after `pos` in calling order: down the column, then the next column's top. */
export function nextInCallingOrder(pos: GridPos, rows: number, cols: number): GridPos {
  if (pos.row < rows - 1) return { row: pos.row + 1, col: pos.col };
  if (pos.col < cols - 1) return { row: 0, col: pos.col + 1 };
  return pos;
}

/** What `key` does at `pos` in a `rows` × `cols` grid; `editable` false ignores digits and Delete. */
export function gridKey(key: string, pos: GridPos, rows: number, cols: number, editable = true): GridKeyResult {
  if (rows === 0 || cols === 0) return { kind: 'none' };
  const move = (row: number, col: number): GridKeyResult => ({
    kind: 'move',
    to: { row: clamp(row, rows - 1), col: clamp(col, cols - 1) },
  });
  switch (key) {
    case 'ArrowUp':
      return move(pos.row - 1, pos.col);
    case 'ArrowDown':
      return move(pos.row + 1, pos.col);
    case 'ArrowLeft':
      return move(pos.row, pos.col - 1);
    case 'ArrowRight':
      return move(pos.row, pos.col + 1);
    case 'Home':
      return move(pos.row, 0);
    case 'End':
      return move(pos.row, cols - 1);
    case 'PageUp':
      return move(0, pos.col);
    case 'PageDown':
      return move(rows - 1, pos.col);
  }
  if (!editable) return { kind: 'none' };
  if (/^[0-4]$/.test(key)) return { kind: 'set', value: Number(key), to: nextInCallingOrder(pos, rows, cols) };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'clear', to: pos };
  return { kind: 'none' };
}

export interface TableSpread {
  groupId: string;
  count: number;
  min: number;
  max: number;
}

/** Each table's lowest and highest rating across the themes it rated (tables that rated none are left out). */
export function spreadPerTable(ratings: readonly { groupId: string; value: number }[], groupIds: readonly string[]): TableSpread[] {
  return groupIds.flatMap((groupId) => {
    const values = ratings.filter((r) => r.groupId === groupId).map((r) => r.value);
    return values.length === 0 ? [] : [{ groupId, count: values.length, min: Math.min(...values), max: Math.max(...values) }];
  });
}
