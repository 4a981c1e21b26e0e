/**
 * Objectives measured on tickets, and the credits and bonuses of their ladders, in SQL: the rules of
 * runtime/evaluate/shares.ts, on-time.ts, periods.ts and credits.ts, set-based.
 *
 * Constant tables (from the contract; the same for the script and the DuckDB engine):
 *  - `slac_share_objectives(objective, clock_kind, channel_key, target_num, target_den, at_least)`:
 *    the percentage objectives on tickets, the slac_ticket_clocks kind they read (`clockKind`), their
 *    channel (normalised) and target;
 *  - `slac_limit_clocks(kind, clock, channel_key, within_ms, calendar, line)`: the clocks of the
 *    objectives with a limit of their own (`within 8 business hours on office`), kind
 *    `objective <name>` in slac_clock_base and slac_ticket_clocks;
 *  - `slac_objective_units(objective, unit_index, from_ms, to_ms)`: the units of each objective's
 *    period over the term, in the contract's zone (the months of `per month` and of `per 12 months`);
 *  - `slac_objective_period_defs(objective, period, unit_index, first_index, from_ms, to_ms,
 *    named_from_ms, end_ms, booked_in, booked_end_ms, rolling)`: every measurement period of the term
 *    (periods.ts): the units first_index … unit_index it sums, the measured window [from_ms, to_ms),
 *    the named unit [named_from_ms, end_ms), the month its credits are booked in;
 *  - `slac_bands(kind, ladder, objective, band, comparison, thr_num, thr_den, amount_minor,
 *    amount_percent, line)`: the bands of the credit and bonus ladders, mildest first; thresholds as
 *    exact fractions in the objective's unit, amounts as credits.ts computes them (whole minor units
 *    of the monthly fee, or percent of the fee when the contract has none);
 *  - `slac_money(monthly_minor, currency, acceptance_end_ms)`.
 * Views:
 *  - `slac_ticket_outcomes(ticket, objective, unit_index, outcome)`: per ticket and percentage
 *    objective on tickets of its channel: hit, miss or pending (shares.ts, on-time.ts), from the
 *    ticket's own clock (slac_ticket_clocks);
 *  - `slac_share_units(objective, unit_index, counted, hits, pending)`: the counts per unit (what the
 *    DuckDB engine hands to the JavaScript report; it sums rolling windows itself);
 *  - `slac_objective_periods(objective, period, from_ms, to_ms, value_num, value_den, met, counted,
 *    hits, pending)`: per objective and period the tickets touch, the measured value as an exact
 *    fraction (percent: 100·hits / counted; NULL without items), met by cross-multiplying with the
 *    target. A union of one view per source (`slac_ticket_share_periods`), so other sources add theirs;
 *  - `slac_ladder_items`, `slac_credits`, `slac_bonuses`: per ladder and period the band that applies
 *    (the last in the ladder's order, strictly below/above its threshold), the amount and what is
 *    granted (nothing for a period that begins before the acceptance period ends);
 *  - `slac_totals(period, end_ms, currency, credits_minor, bonuses_minor, credits_percent,
 *    bonuses_percent)`: per booking month.
 * Caps on credits, conditions, cause exclusions and time limits of the objective's own are refused
 * (coverage.ts), never approximated.
 */
import type { RtAmount, RtCap, RtObjective, RtPeriod, RuntimeContract } from '../../../runtime/contract.js';
import type { Context } from '../../../runtime/evaluate/context.js';
import { Money$ } from '../../../runtime/evaluate/credits.js';
import { objectivePeriods } from '../../../runtime/evaluate/periods.js';
import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { normaliseChannel } from '../../../runtime/evaluate/shares.js';
import type { Exact } from '../../../runtime/evaluate/exact.js';
import { periodKey } from '../../../runtime/time.js';
import { type Column, type Dialect, type SqlValue, int, literalTable } from './dialect.js';

type ShareMeasure = Extract<RtObjective['measure'], { kind: 'share' }>;

/** The columns every source's view adds to `slac_objective_periods`. */
export const OBJECTIVE_PERIOD_COLUMNS: readonly Column[] = [
  { name: 'objective', type: 'TEXT' },
  { name: 'period', type: 'TEXT' },
  { name: 'from_ms', type: 'BIGINT' },
  { name: 'to_ms', type: 'BIGINT' },
  { name: 'value_num', type: 'BIGINT' },
  { name: 'value_den', type: 'BIGINT' },
  { name: 'met', type: 'BOOLEAN' },
  { name: 'counted', type: 'BIGINT' },
  { name: 'hits', type: 'BIGINT' },
  { name: 'pending', type: 'BIGINT' },
];

/** What the SQL engine does not evaluate in an objective (words after its kind; '' the kind itself), or null when it evaluates it. */
export function objectiveGap(o: RtObjective): string | null {
  const m = o.measure;
  if (m.kind !== 'share') return '';
  if (m.source !== 'tickets') return ' on contacts';
  if ((o.conditions ?? []).length > 0) return ' with conditions';
  if (o.exclusions.length > 0) return ' with exclusions';
  if (m.event !== 'responded' && m.event !== 'resolved') return ` of tickets ${m.event}`;
  if (m.onTime) return null;
  if (m.within === null) return ' without a time limit';
  if (m.within.clock === 'working' || m.within.clock === 'calendar') return ` within ${m.within.clock} days`;
  return null;
}

/** The objectives the views evaluate: percentages of tickets (the rest is refused by coverage.ts). */
export function ticketShareObjectives(c: RuntimeContract): RtObjective[] {
  return c.objectives.filter((o) => objectiveGap(o) === null);
}

const exactInts = (x: Exact): [number, number] => [Number(x.n), Number(x.d)];

/** An amount in whole minor units (credits.ts Money$): a percentage needs the fee, which the checker requires. */
function minor(money: Money$, a: RtAmount): number {
  const u = money.units(a);
  if (u.unit !== 'minor') throw new RangeError('a percentage of the monthly fee in a contract without a fee');
  return u.value;
}

/** A cap of credits.ts: which ladder items it limits (SQL on `slac_ladder_items`), its limit and window. */
interface Cap {
  applies: string;
  limit: number;
  unit: RtPeriod['unit'];
  /** Units in the window: 1 for a calendar period, 12 for `per 12 months`. */
  count: number;
}

/** The ladders' own caps, then those of the credit terms (over every credit). */
export function capsOf(ctx: Context): Cap[] {
  const c = ctx.contract;
  const money = new Money$(ctx);
  const cap = (x: RtCap, applies: string): Cap => ({
    applies,
    limit: minor(money, x.amount),
    unit: x.period.unit,
    count: x.period.rolling ? Math.max(1, x.period.count) : 1,
  });
  return [
    ...c.credits.flatMap((l, i) => l.caps.map((x) => cap(x, `(i.kind = 'credit' AND i.ladder = ${int(i)})`))),
    ...c.bonuses.flatMap((l, i) => l.caps.map((x) => cap(x, `(i.kind = 'bonus' AND i.ladder = ${int(c.credits.length + i)})`))),
    ...(c.creditTerms?.caps ?? []).map((x) => cap(x, "i.kind = 'credit'")),
  ];
}

/**
 * `slac_ladder_granted(n, granted_minor)`: what each ladder item is granted after the caps, in the
 * order of `n`. A recursive query carries, per cap, the amounts booked in the item's group and the
 * `count − 1` before it (b_k_0, b_k_1 …; the item's own amount not yet booked): the next item books
 * it, shifts the buckets by the groups it moves on (d_k), and gets at most each applying cap's room.
 */
function ledgerSql(create: string, caps: readonly Cap[]): string {
  if (caps.length === 0) return `\n${create} slac_ladder_granted AS\nSELECT n, base_minor AS granted_minor FROM slac_ladder_items;\n`;
  const big = (x: string) => `CAST(${x} AS BIGINT)`;
  const range = (n: number) => [...Array(n).keys()];
  const step = (first: boolean) => {
    const booked = (k: number, j: number) =>
      j === 0 ? `(r.b_${k}_0 + CASE WHEN r.a_${k} THEN r.granted_minor ELSE 0 END)` : `r.b_${k}_${j}`;
    const shifted = (k: number, j: number) =>
      first
        ? '0'
        : `(CASE st.d_${k} ${range(j + 1)
            .map((s) => `WHEN ${s} THEN ${booked(k, j - s)}`)
            .join(' ')} ELSE 0 END)`;
    const room = (k: number, cap: Cap) =>
      `GREATEST(0, ${int(cap.limit)} - (${range(cap.count)
        .map((j) => shifted(k, j))
        .join(' + ')}))`;
    const granted = `LEAST(st.base_minor, ${caps.map((cap, k) => `CASE WHEN st.a_${k} THEN ${room(k, cap)} ELSE st.base_minor END`).join(', ')})`;
    const cols = caps.flatMap((cap, k) => [`st.a_${k}`, ...range(cap.count).map((j) => `${big(shifted(k, j))} AS b_${k}_${j}`)]);
    return `SELECT st.n, ${big(granted)} AS granted_minor, ${cols.join(', ')}`;
  };
  const group = (k: number) => `MAX(CASE WHEN c.cap = ${int(k)} THEN c.group_index END)`;
  return `
${create} slac_ladder_granted AS
WITH RECURSIVE g AS (
  SELECT i.n, i.base_minor, ${caps.map((cap, k) => `${cap.applies} AS a_${k}, ${group(k)} AS g_${k}`).join(', ')}
  FROM slac_ladder_items AS i
  JOIN slac_cap_groups AS c ON c.objective = i.objective AND c.period = i.period
  GROUP BY i.n, i.base_minor, i.kind, i.ladder
), st AS (
  SELECT n, base_minor, ${caps.map((_, k) => `a_${k}, g_${k} - COALESCE(LAG(g_${k}) OVER (ORDER BY n), g_${k}) AS d_${k}`).join(', ')} FROM g
), r AS (
  ${step(true)}
  FROM st WHERE st.n = 1
  UNION ALL
  ${step(false)}
  FROM r JOIN st ON st.n = r.n + 1
)
SELECT n, granted_minor FROM r;
`;
}

const clockOf = (m: ShareMeasure) => (m.event === 'responded' ? 'response' : 'resolution');

/**
 * The `slac_ticket_clocks` kind an objective reads: the ticket's own clock (`on time`), or a clock
 * of its own with the objective's limit and calendar (`within 8 business hours on office`).
 */
export function clockKind(o: RtObjective): string {
  const m = o.measure as ShareMeasure;
  return m.onTime ? clockOf(m) : `objective ${o.name}`;
}

/** The objectives with a limit of their own: their clocks run on the ticket's timeline (tickets.ts). */
export function limitObjectives(c: RuntimeContract): RtObjective[] {
  return ticketShareObjectives(c).filter((o) => !(o.measure as ShareMeasure).onTime);
}

/** Channels compare without case, spaces, hyphens or underscores (shares.ts normaliseChannel). */
const channelMatch = (o: string) =>
  `(${o}.channel_key IS NULL OR regexp_replace(lower(t.channel), '[[:space:]_-]+', '', 'g') = ${o}.channel_key)`;

/**
 * The clocks of the objectives' own limits for slac_clock_base (tickets.ts `extraClocks`): from the
 * tier's clock start to the first response or final resolution, on the objective's calendar, for the
 * tickets of the objective's channel (engine.ts: evaluateClock with the objective's limit).
 */
export function limitClocksSql(): string {
  return `SELECT s.ticket, o.kind, s.tier, s.from_ms, s.stop_ms, s.end_ms, s.as_of_ms, s.uncertain, s.priority, o.within_ms, o.calendar, o.line
FROM s
JOIN slac_limit_clocks AS o ON o.clock = s.kind
JOIN slac_tickets AS t ON t.seq = s.ticket
WHERE ${channelMatch('o')}`;
}

/** The constant tables above. */
export function objectiveTablesSql(d: Dialect, ctx: Context): string {
  const c = ctx.contract;
  const objectives = ticketShareObjectives(c);
  const units: SqlValue[][] = [];
  const defs: SqlValue[][] = [];
  for (const o of objectives) {
    const unit = o.period.unit;
    const first = ctx.zone.periodOf(unit, ctx.termFrom).index;
    const last = ctx.zone.periodOf(unit, ctx.termTo - 1).index;
    for (let i = first; i <= last; i++) {
      const r = ctx.zone.periodRange({ unit, index: i });
      units.push([o.name, i, r.from, r.to]);
    }
    for (const p of objectivePeriods(ctx, o.period, ctx.termFrom, ctx.termTo)) {
      const booked = ctx.zone.periodOf('month', p.end - 1);
      defs.push([
        o.name,
        p.key,
        p.ref.index,
        ctx.zone.periodOf(unit, p.from).index,
        p.from,
        p.to,
        ctx.zone.periodRange(p.ref).from,
        p.end,
        periodKey(booked),
        ctx.zone.periodRange(booked).to,
        p.rolling,
      ]);
    }
  }
  const shares = objectives.map((o) => {
    const m = o.measure as ShareMeasure;
    const [n, den] = exactInts(targetNumber(m.target, m.target));
    return [o.name, clockKind(o), m.channel === null ? null : normaliseChannel(m.channel), n, den, m.direction === 'at least'];
  });
  const limits = limitObjectives(c).map((o) => {
    const m = o.measure as ShareMeasure;
    return [clockKind(o), clockOf(m), m.channel === null ? null : normaliseChannel(m.channel), m.within!.amount, m.calendar, o.line];
  });
  const money = new Money$(ctx);
  const bands: SqlValue[][] = [];
  const ladders = [
    ...c.credits.map((l, i) => ({ kind: 'credit', l, order: i })),
    ...c.bonuses.map((l, i) => ({ kind: 'bonus', l, order: c.credits.length + i })),
  ];
  for (const { kind, l, order } of ladders) {
    const index = c.objectives.findIndex((x) => x.name === l.objective);
    l.bands.forEach((b, i) => {
      const [n, den] = exactInts(targetNumber(b.threshold, c.objectives[index]!.measure.target));
      bands.push([kind, order, l.objective, index, i, b.comparison, n, den, minor(money, b.amount), b.line]);
    });
  }
  const caps = capsOf(ctx);
  const groups: SqlValue[][] = [];
  for (const row of defs)
    caps.forEach((cap, k) => groups.push([row[0]!, row[1]!, k, ctx.zone.periodOf(cap.unit, (row[7] as number) - 1).index]));
  const col = (name: string, type: Column['type']): Column => ({ name, type });
  return [
    literalTable(
      d,
      'slac_share_objectives',
      [
        col('objective', 'TEXT'),
        col('clock_kind', 'TEXT'),
        col('channel_key', 'TEXT'),
        col('target_num', 'BIGINT'),
        col('target_den', 'BIGINT'),
        col('at_least', 'BOOLEAN'),
      ],
      shares,
    ),
    literalTable(
      d,
      'slac_limit_clocks',
      [
        col('kind', 'TEXT'),
        col('clock', 'TEXT'),
        col('channel_key', 'TEXT'),
        col('within_ms', 'BIGINT'),
        col('calendar', 'TEXT'),
        col('line', 'INTEGER'),
      ],
      limits,
    ),
    literalTable(
      d,
      'slac_objective_units',
      [col('objective', 'TEXT'), col('unit_index', 'BIGINT'), col('from_ms', 'BIGINT'), col('to_ms', 'BIGINT')],
      units,
    ),
    literalTable(
      d,
      'slac_objective_period_defs',
      [
        col('objective', 'TEXT'),
        col('period', 'TEXT'),
        col('unit_index', 'BIGINT'),
        col('first_index', 'BIGINT'),
        col('from_ms', 'BIGINT'),
        col('to_ms', 'BIGINT'),
        col('named_from_ms', 'BIGINT'),
        col('end_ms', 'BIGINT'),
        col('booked_in', 'TEXT'),
        col('booked_end_ms', 'BIGINT'),
        col('rolling', 'TEXT'),
      ],
      defs,
    ),
    literalTable(
      d,
      'slac_bands',
      [
        col('kind', 'TEXT'),
        col('ladder', 'INTEGER'),
        col('objective', 'TEXT'),
        col('objective_order', 'INTEGER'),
        col('band', 'INTEGER'),
        col('comparison', 'TEXT'),
        col('thr_num', 'BIGINT'),
        col('thr_den', 'BIGINT'),
        col('amount_minor', 'BIGINT'),
        col('line', 'INTEGER'),
      ],
      bands,
    ),
    literalTable(
      d,
      'slac_cap_groups',
      [col('objective', 'TEXT'), col('period', 'TEXT'), col('cap', 'INTEGER'), col('group_index', 'BIGINT')],
      groups,
    ),
    literalTable(
      d,
      'slac_money',
      [col('monthly_minor', 'BIGINT'), col('currency', 'TEXT'), col('acceptance_end_ms', 'BIGINT')],
      [[money.monthly, money.currency, ctx.acceptanceEnd]],
    ),
  ].join('');
}

/** The views above; `materialize`: tables (the DuckDB engine, once the inputs are loaded). */
export function objectiveViewsSql(ctx: Context, materialize = false): string {
  const caps = capsOf(ctx);
  const create = materialize ? 'CREATE TABLE' : 'CREATE VIEW';
  const big = (x: string) => `CAST(${x} AS BIGINT)`;
  return `
${create} slac_ticket_outcomes AS
-- Counted in the unit the ticket was created in; channels compare without case, spaces, hyphens or
-- underscores (shares.ts); the clock decides (the ticket's own for \`on time\`, on-time.ts, else the
-- objective's limit), unknown statuses counting as changing nothing; without a clock (no target for
-- its priority) the ticket is pending.
SELECT t.seq AS ticket, o.objective, u.unit_index,
  CASE k.status WHEN 'met' THEN 'hit' WHEN 'breached' THEN 'miss' ELSE 'pending' END AS outcome
FROM slac_tickets AS t
JOIN slac_share_objectives AS o ON ${channelMatch('o')}
JOIN slac_objective_units AS u ON u.objective = o.objective AND t.created_ms >= u.from_ms AND t.created_ms < u.to_ms
LEFT JOIN slac_ticket_clocks AS k ON k.ticket = t.seq AND k.kind = o.clock_kind;

${create} slac_share_units AS
SELECT objective, unit_index,
  ${big("COUNT(*) FILTER (WHERE outcome IN ('hit', 'miss'))")} AS counted,
  ${big("COUNT(*) FILTER (WHERE outcome = 'hit')")} AS hits,
  ${big("COUNT(*) FILTER (WHERE outcome = 'pending')")} AS pending
FROM slac_ticket_outcomes GROUP BY objective, unit_index;

${create} slac_ticket_share_periods AS
WITH r AS (
  -- The periods the data touches (engine.ts): those whose named unit overlaps the tickets' creation instants.
  SELECT MIN(created_ms) AS from_ms, MAX(created_ms) + 1 AS to_ms FROM slac_tickets
), c AS (
  SELECT p.objective, p.period, p.from_ms, p.to_ms,
    ${big('COALESCE(SUM(s.counted), 0)')} AS counted, ${big('COALESCE(SUM(s.hits), 0)')} AS hits, ${big('COALESCE(SUM(s.pending), 0)')} AS pending
  FROM slac_objective_period_defs AS p
  JOIN r ON p.named_from_ms < r.to_ms AND p.end_ms > r.from_ms
  LEFT JOIN slac_share_units AS s ON s.objective = p.objective AND s.unit_index BETWEEN p.first_index AND p.unit_index
  GROUP BY p.objective, p.period, p.from_ms, p.to_ms
), s AS (
  SELECT c.*, CASE WHEN counted > 0 THEN 100 * hits END AS value_num, CASE WHEN counted > 0 THEN counted END AS value_den FROM c
)
SELECT s.objective, s.period, s.from_ms, s.to_ms, s.value_num, s.value_den,
  CASE WHEN s.value_den IS NULL THEN NULL WHEN o.at_least THEN s.value_num * o.target_den >= o.target_num * s.value_den
    ELSE s.value_num * o.target_den <= o.target_num * s.value_den END AS met,
  s.counted, s.hits, s.pending
FROM s JOIN slac_share_objectives AS o ON o.objective = s.objective;

${create} slac_objective_periods AS
SELECT ${OBJECTIVE_PERIOD_COLUMNS.map((c) => c.name).join(', ')} FROM slac_ticket_share_periods;

${create} slac_ladder_items AS
WITH l AS (
  SELECT DISTINCT kind, ladder, objective, objective_order FROM slac_bands
), x AS (
  -- The band that applies: the last in the ladder's order whose threshold the value is strictly below (above).
  SELECT l.kind, l.ladder, l.objective_order, p.objective, p.period, p.value_num, p.value_den, MAX(b.band) AS band
  FROM l
  JOIN slac_objective_periods AS p ON p.objective = l.objective
  LEFT JOIN slac_bands AS b ON b.kind = l.kind AND b.ladder = l.ladder AND p.value_den IS NOT NULL
    AND (CASE WHEN b.comparison = 'below' THEN p.value_num * b.thr_den < b.thr_num * p.value_den ELSE p.value_num * b.thr_den > b.thr_num * p.value_den END)
  GROUP BY l.kind, l.ladder, l.objective_order, p.objective, p.period, p.value_num, p.value_den
)
SELECT x.kind, x.ladder, x.objective, x.period, d.booked_in, d.booked_end_ms, x.value_num, x.value_den, b.line AS band_line,
  d.named_from_ms < m.acceptance_end_ms AS in_acceptance,
  COALESCE(b.amount_minor, 0) AS amount_minor,
  CASE WHEN d.named_from_ms < m.acceptance_end_ms THEN 0 ELSE COALESCE(b.amount_minor, 0) END AS base_minor,
  -- The order credits.ts caps them in: by the end of the period, then the objective's and the ladder's order.
  ROW_NUMBER() OVER (ORDER BY d.end_ms, x.objective_order, x.ladder) AS n
FROM x
JOIN slac_objective_period_defs AS d ON d.objective = x.objective AND d.period = x.period
CROSS JOIN slac_money AS m
LEFT JOIN slac_bands AS b ON b.kind = x.kind AND b.ladder = x.ladder AND b.band = x.band;
${ledgerSql(create, caps)}
${create} slac_credits AS
SELECT i.kind, i.objective, i.period, i.booked_in, i.value_num, i.value_den, i.band_line, i.in_acceptance, i.amount_minor, g.granted_minor
FROM slac_ladder_items AS i JOIN slac_ladder_granted AS g ON g.n = i.n WHERE i.kind = 'credit';

${create} slac_bonuses AS
SELECT i.kind, i.objective, i.period, i.booked_in, i.value_num, i.value_den, i.band_line, i.in_acceptance, i.amount_minor, g.granted_minor
FROM slac_ladder_items AS i JOIN slac_ladder_granted AS g ON g.n = i.n WHERE i.kind = 'bonus';

${create} slac_totals AS
SELECT i.booked_in AS period, i.booked_end_ms AS end_ms, m.currency,
  ${big("SUM(CASE WHEN i.kind = 'credit' THEN g.granted_minor ELSE 0 END)")} AS credits_minor,
  ${big("SUM(CASE WHEN i.kind = 'bonus' THEN g.granted_minor ELSE 0 END)")} AS bonuses_minor
FROM slac_ladder_items AS i JOIN slac_ladder_granted AS g ON g.n = i.n CROSS JOIN slac_money AS m
GROUP BY i.booked_in, i.booked_end_ms, m.currency;
`;
}
