import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridKey, nextInCallingOrder, spreadPerTable } from '../../../shared/domain/ratings-grid';

describe('ratings grid keys', () => {
  it('a digit sets the rating and moves down the table’s column, then to the next table', () => {
    expect(gridKey('3', { row: 0, col: 0 }, 9, 4)).toEqual({ kind: 'set', value: 3, to: { row: 1, col: 0 } });
    expect(gridKey('0', { row: 8, col: 0 }, 9, 4)).toEqual({ kind: 'set', value: 0, to: { row: 0, col: 1 } });
    expect(gridKey('4', { row: 8, col: 3 }, 9, 4)).toEqual({ kind: 'set', value: 4, to: { row: 8, col: 3 } });
    expect(gridKey('5', { row: 0, col: 0 }, 9, 4)).toEqual({ kind: 'none' });
  });

  it('arrows move and stop at the edges; Delete clears in place; read-only ignores digits', () => {
    expect(gridKey('ArrowUp', { row: 0, col: 2 }, 9, 4)).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
    expect(gridKey('ArrowRight', { row: 4, col: 3 }, 9, 4)).toEqual({ kind: 'move', to: { row: 4, col: 3 } });
    expect(gridKey('ArrowDown', { row: 4, col: 1 }, 9, 4)).toEqual({ kind: 'move', to: { row: 5, col: 1 } });
    expect(gridKey('Home', { row: 4, col: 3 }, 9, 4)).toEqual({ kind: 'move', to: { row: 4, col: 0 } });
    expect(gridKey('Delete', { row: 4, col: 3 }, 9, 4)).toEqual({ kind: 'clear', to: { row: 4, col: 3 } });
    expect(gridKey('2', { row: 4, col: 3 }, 9, 4, false)).toEqual({ kind: 'none' });
  });

  it('property: 36 digits from the top-left visit every cell of 9 × 4 exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), (rows, cols) => {
        const seen = new Set<string>();
        let pos = { row: 0, col: 0 };
        for (let i = 0; i < rows * cols; i++) {
          seen.add(`${pos.row},${pos.col}`);
          pos = nextInCallingOrder(pos, rows, cols);
        }
        expect(seen.size).toBe(rows * cols);
      }),
    );
  });

  it('spread per table: lowest and highest across the themes each table rated', () => {
    const ratings = [
      { groupId: 'g1', value: 1 },
      { groupId: 'g1', value: 3 },
      { groupId: 'g2', value: 2 },
    ];
    expect(spreadPerTable(ratings, ['g1', 'g2', 'g3'])).toEqual([
      { groupId: 'g1', count: 2, min: 1, max: 3 },
      { groupId: 'g2', count: 1, min: 2, max: 2 },
    ]);
  });
});
