/** Calendars: one valid time zone, real opening hours that do not overlap, known holiday sets. */
import { IANAZone } from 'luxon';
import type * as A from '../../grammar/ast.js';
import { countryCodes, isKnownCountry, isKnownRegion } from '../../runtime/holiday-sets.js';
import { closest } from '../suggest.js';
import { forEachNode } from '../walk.js';
import { type CheckContext, reportRepeated } from './context.js';

export const weekdayOrder: readonly A.Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

let zoneNames: string[] | undefined;
function knownZones(): string[] {
  return (zoneNames ??= Intl.supportedValuesOf('timeZone'));
}

// luxon builds an Intl.DateTimeFormat per validity check: remember the answers.
const zoneValidity = new Map<string, boolean>();
export function isValidZone(name: string): boolean {
  let valid = zoneValidity.get(name);
  if (valid === undefined) zoneValidity.set(name, (valid = IANAZone.isValidZone(name)));
  return valid;
}

function checkZone(ctx: CheckContext, zone: A.Ident): void {
  if (!zone.name || isValidZone(zone.name)) return;
  const suggestion = closest(zone.name, knownZones());
  ctx.report('unknown-time-zone', zone.range, `unknown time zone '${zone.name}'${suggestion ? `; did you mean '${suggestion}'?` : ' (use an IANA name such as Europe/Amsterdam)'}`, {
    ...(suggestion ? { fix: { title: `Change to '${suggestion}'`, edits: [{ range: zone.range, newText: suggestion }] } } : {}),
  });
}

/** The weekdays a statement covers, by index 0 = Monday. */
export function coveredDays(hours: Extract<A.CalendarStmt, { kind: 'Hours' }>): number[] {
  if (hours.everyDay) return [0, 1, 2, 3, 4, 5, 6];
  const days: number[] = [];
  for (const span of hours.days) {
    const from = weekdayOrder.indexOf(span.from);
    const to = weekdayOrder.indexOf(span.to);
    for (let d = from; d <= to; d++) days.push(d);
  }
  return days;
}

/** Minute ranges of a statement: no ranges written means the whole day. */
export function minuteRanges(hours: Extract<A.CalendarStmt, { kind: 'Hours' }>): Array<[number, number, A.Range]> {
  if (hours.hours.length === 0) return [[0, 1440, hours.range]];
  return hours.hours.map((r) => [r.from.minutes, r.to.minutes, r.range]);
}

function checkCalendar(ctx: CheckContext, cal: A.CalendarDecl): void {
  const zones = cal.body.filter((s) => s.kind === 'TimeZone');
  if (zones.length === 0) ctx.report('missing-clause', cal.name.range, `calendar '${cal.name.name}' has no time zone: add \`timezone Europe/Amsterdam\` (or another IANA zone)`);
  reportRepeated(ctx, cal.body, ['TimeZone'], () => 'the time zone');

  const taken: Array<Array<[number, number, A.Range]>> = weekdayOrder.map(() => []);
  let open = false;
  for (const stmt of cal.body) {
    if (stmt.kind === 'Holidays') {
      if (!isKnownCountry(stmt.country.name)) {
        const suggestion = closest(stmt.country.name.toUpperCase(), countryCodes());
        ctx.report('unknown-country', stmt.country.range, `no public holidays are known for country '${stmt.country.name}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`, {
          ...(suggestion ? { fix: { title: `Change to '${suggestion}'`, edits: [{ range: stmt.country.range, newText: suggestion }] } } : {}),
        });
      } else if (stmt.region && !isKnownRegion(stmt.country.name, stmt.region.name)) {
        ctx.report('unknown-region', stmt.region.range, `country ${stmt.country.name} has no public-holiday region '${stmt.region.name}'`);
      }
    }
    if (stmt.kind !== 'Hours') continue;
    for (const span of stmt.days) {
      if (weekdayOrder.indexOf(span.to) < weekdayOrder.indexOf(span.from)) {
        ctx.report('invalid-range', span.range, `'${span.from} to ${span.to}' runs backwards; a span goes from monday towards sunday (write two spans for a weekend that wraps)`);
      }
    }
    for (const r of stmt.hours) {
      if (r.to.minutes <= r.from.minutes) ctx.report('invalid-range', r.range, `opening hours ${r.from.value} to ${r.to.value} are empty: the end must be after the start`);
    }
    const ranges = minuteRanges(stmt).filter(([from, to]) => to > from);
    if (ranges.length > 0) open = true;
    for (const day of coveredDays(stmt)) {
      for (const [from, to, range] of ranges) {
        const clash = taken[day]!.find(([f, t]) => from < t && f < to);
        if (clash) {
          ctx.report('overlapping-hours', range, `these hours overlap hours already given for ${weekdayOrder[day]}`, {
            related: [{ message: 'the other hours', range: clash[2] }],
          });
          break;
        }
        taken[day]!.push([from, to, range]);
      }
    }
  }
  if (!open) ctx.report('calendar-never-open', cal.name.range, `calendar '${cal.name.name}' is never open: add opening hours such as \`monday to friday 09:00 to 17:00\` or \`every day\``);
}

export function checkCalendars(ctx: CheckContext): void {
  for (const cal of ctx.declarations('Calendar')) checkCalendar(ctx, cal);
  forEachNode(ctx.document, (node) => {
    if (node.kind === 'TimeZone') checkZone(ctx, (node as unknown as { zone: A.Ident }).zone);
  });
}
