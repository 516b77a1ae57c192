/** A cell of a grid, by row and column (both from 0). */
export interface GridCell {
  row: number;
  col: number;
}

/**
 * Where a key moves the focus in a rows × cols grid (WAI-ARIA grid pattern): arrows one cell,
 * Home/End to the start/end of the row, Ctrl+Home/End to the first/last cell, PageUp/PageDown
 * by `page` rows. Stops at the edges; null when the key is not a grid key.
 */
export function moveInGrid(at: GridCell, key: string, size: { rows: number; cols: number }, ctrl = false, page = 5): GridCell | null {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  const { row, col } = at;
  switch (key) {
    case 'ArrowRight':
      return { row, col: clamp(col + 1, size.cols) };
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, size.cols) };
    case 'ArrowDown':
      return { row: clamp(row + 1, size.rows), col };
    case 'ArrowUp':
      return { row: clamp(row - 1, size.rows), col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: size.rows - 1, col: size.cols - 1 } : { row, col: size.cols - 1 };
    case 'PageDown':
      return { row: clamp(row + page, size.rows), col };
    case 'PageUp':
      return { row: clamp(row - page, size.rows), col };
    default:
      return null;
  }
}
