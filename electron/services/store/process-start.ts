import { readFile } from 'node:fs/promises';

/**
 * When process `pid` started, as a string that differs for any other process that later gets
 * the same pid: on Linux the boot id plus the start time in clock ticks (field 22 of
 * /proc/<pid>/stat), so a pid reused after a reboot does not pass for the old holder.
 * Null where this cannot be known (no /proc, or the process is gone).
 */
export async function processStart(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: split after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields[19];
    const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
    return ticks ? `${boot}:${ticks}` : null;
  } catch {
    return null;
  }
}
