import { AppError } from '../result';

/**
 * Undo of a delete: puts `item` back at `index` (clamped to the list's end), refusing a second
 * copy of the same thing so a double Undo cannot duplicate a record.
 */
export function putBack<T>(list: T[], item: T, index: number, same: (x: T) => boolean, noun: string, owner: string): T[] {
  if (list.some(same)) throw new AppError('conflict', 'alreadyBack', { noun, owner });
  const at = Math.min(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}
