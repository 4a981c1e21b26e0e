/** How the underpinning findings write instants, spans of time and percentages. */
import type { ZoneTime } from '../../runtime/time.js';
import { isoDate } from '../../runtime/time.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `Friday 2026-01-09 17:30`, local to the zone. */
export function instantText(zone: ZoneTime, t: number): string {
  const wall = t + zone.offsetAt(t);
  const day = Math.floor(wall / DAY);
  const minutes = Math.floor((wall - day * DAY) / MINUTE);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${weekdays[(((day + 3) % 7) + 7) % 7]} ${isoDate(day)} ${hh}:${mm}`;
}

/** `63 h`, `62 h 30 min`, `45 min`: a span in hours, as SLA targets are read. */
export function hoursText(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** `99.7%`, with the Dutch `99,7%` beside it when the contract is also in Dutch. */
export function percentText(value: number, languages: readonly string[]): string {
  const en = `${Number(value.toFixed(4))}%`;
  return languages.includes('nl') ? `${en} (${en.replace('.', ',')})` : en;
}
