// Run ids: sortable by time, readable, short enough to type a prefix of.
import { randomBytes } from 'node:crypto';

/** e.g. `20261128-041503-9f2c1a`: UTC date and time, then 24 random bits. */
export function newRunId(now = new Date()): string {
  const iso = now.toISOString(); // 2026-11-28T04:15:03.123Z
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}
