import { Money$ } from '../../../runtime/evaluate/credits.js';
import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { int, literalTable } from './dialect.js';
import { col, exactInts } from './objective-periods.js';
/** An amount in whole minor units (credits.ts Money$): a percentage needs the fee, which the checker requires. */
function minor(money, a) {
    const u = money.units(a);
    if (u.unit !== 'minor')
        throw new RangeError('a percentage of the monthly fee in a contract without a fee');
    return u.value;
}
/** The ladders' own caps, then those of the credit terms (over every credit). */
function capsOf(ctx) {
    const c = ctx.contract;
    const money = new Money$(ctx);
    const cap = (x, applies) => ({
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
function ledgerSql(create, caps) {
    if (caps.length === 0)
        return `\n${create} slac_ladder_granted AS\nSELECT n, base_minor AS granted_minor FROM slac_ladder_items;\n`;
    const big = (x) => `CAST(${x} AS BIGINT)`;
    const range = (n) => [...Array(n).keys()];
    const step = (first) => {
        const booked = (k, j) => j === 0 ? `(r.b_${k}_0 + CASE WHEN r.a_${k} THEN r.granted_minor ELSE 0 END)` : `r.b_${k}_${j}`;
        const shifted = (k, j) => first
            ? '0'
            : `(CASE st.d_${k} ${range(j + 1)
                .map((s) => `WHEN ${s} THEN ${booked(k, j - s)}`)
                .join(' ')} ELSE 0 END)`;
        const room = (k, cap) => `GREATEST(0, ${int(cap.limit)} - (${range(cap.count)
            .map((j) => shifted(k, j))
            .join(' + ')}))`;
        const granted = `LEAST(st.base_minor, ${caps.map((cap, k) => `CASE WHEN st.a_${k} THEN ${room(k, cap)} ELSE st.base_minor END`).join(', ')})`;
        const cols = caps.flatMap((cap, k) => [`st.a_${k}`, ...range(cap.count).map((j) => `${big(shifted(k, j))} AS b_${k}_${j}`)]);
        return `SELECT st.n, ${big(granted)} AS granted_minor, ${cols.join(', ')}`;
    };
    const group = (k) => `MAX(CASE WHEN c.cap = ${int(k)} THEN c.group_index END)`;
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
/** The constant tables above, for the periods `defs` of the objectives. */
export function ladderTablesSql(d, ctx, defs) {
    const c = ctx.contract;
    const money = new Money$(ctx);
    const bands = [];
    const ladders = [
        ...c.credits.map((l, i) => ({ kind: 'credit', l, order: i })),
        ...c.bonuses.map((l, i) => ({ kind: 'bonus', l, order: c.credits.length + i })),
    ];
    for (const { kind, l, order } of ladders) {
        const index = c.objectives.findIndex((x) => x.name === l.objective);
        l.bands.forEach((b, i) => {
            const [n, den] = exactInts(targetNumber(b.threshold, c.objectives[index].measure.target));
            bands.push([kind, order, l.objective, index, i, b.comparison, n, den, minor(money, b.amount), b.line]);
        });
    }
    const caps = capsOf(ctx);
    const groups = [];
    for (const p of defs)
        caps.forEach((cap, k) => groups.push([p.objective, p.period, k, ctx.zone.periodOf(cap.unit, p.end - 1).index]));
    return [
        literalTable(d, 'slac_bands', [
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
        ], bands),
        literalTable(d, 'slac_cap_groups', [col('objective', 'TEXT'), col('period', 'TEXT'), col('cap', 'INTEGER'), col('group_index', 'BIGINT')], groups),
        literalTable(d, 'slac_money', [col('monthly_minor', 'BIGINT'), col('currency', 'TEXT'), col('acceptance_end_ms', 'BIGINT')], [[money.monthly, money.currency, ctx.acceptanceEnd]]),
    ].join('');
}
/** The views above (`create`: CREATE VIEW, or CREATE TABLE in the DuckDB engine). */
export function ladderViewsSql(create, ctx) {
    const big = (x) => `CAST(${x} AS BIGINT)`;
    return `
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
${ledgerSql(create, capsOf(ctx))}
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
