/**
 * The SQL engine's averages and percentiles of contact times: the counts per objective and unit of
 * compiler/emit/sql/contact-times.ts, the first records of each unit of an average (input order)
 * and the nearest-rank contact of each period of a percentile go into the evaluation's time
 * counters, which build the objectives with the JavaScript engine's code. A time the calendar's
 * tables cannot answer (past their range) stops the evaluation, as the JavaScript calendars throw.
 */
import { CONTACT_TIME_RANKED_VIEW, CONTACT_TIME_UNITS_VIEW, CONTACT_TIMES_VIEW, contactTimeObjectives, } from '../../compiler/emit/sql/contact-times.js';
import { CONTACTS_TABLE } from '../../compiler/emit/sql/inputs.js';
import { SqlRangeError } from './gate.js';
/** Records an average lists per unit (time-stats.ts keeps the first 1000). */
const MAX_RECORDS = 1000;
const CONTACT = 'x.id, x.source_file, x.source_line, x.source_index';
export async function feedContactTimes(db, contract, ev, ref) {
    if (contactTimeObjectives(contract.objectives).length === 0)
        return;
    const [beyond] = await db.rows(`SELECT objective FROM ${CONTACT_TIMES_VIEW} WHERE state = 'counted' AND ms IS NULL LIMIT 1`);
    if (beyond)
        throw new SqlRangeError(`objective '${beyond.objective}': a contact's answer time runs past the calendar's range; evaluate with --engine js`);
    const counter = (name) => ev.counterOf(String(name));
    const refs = new Map();
    for (const r of await db.rows(`SELECT t.objective, t.unit_index, ${CONTACT} FROM (
       SELECT objective, unit_index, record, ROW_NUMBER() OVER (PARTITION BY objective, unit_index ORDER BY record) AS n
       FROM ${CONTACT_TIMES_VIEW} WHERE state = 'counted'
     ) AS t JOIN ${CONTACTS_TABLE} AS x ON x.record = t.record WHERE t.n <= ${MAX_RECORDS} ORDER BY t.objective, t.unit_index, t.n`)) {
        const key = `${r.objective}\n${r.unit_index}`;
        if (!refs.has(key))
            refs.set(key, []);
        refs.get(key).push(ref(r));
    }
    for (const r of await db.rows(`SELECT * FROM ${CONTACT_TIME_UNITS_VIEW} ORDER BY objective, unit_index`)) {
        const c = counter(r.objective);
        const average = c.measure.statistic === 'average';
        c.addCounts(Number(r.unit_index), Number(r.counted), BigInt(r.sum_ms), Number(r.pending), average ? (refs.get(`${r.objective}\n${r.unit_index}`) ?? []) : [], Number(r.excluded));
    }
    for (const r of await db.rows(`SELECT k.objective, k.period, k.ms, ${CONTACT} FROM ${CONTACT_TIME_RANKED_VIEW} AS k JOIN ${CONTACTS_TABLE} AS x ON x.record = k.record`))
        counter(r.objective).setRanked(String(r.period), { ms: Number(r.ms), ref: ref(r) });
}
