/**
 * The report's charts as static SVG: vega-lite specifications compiled to vega and rendered
 * headless (renderer 'none', `toSVG`), no browser, no canvas, no scripts in the output. Text
 * widths are estimated (no canvas installed), so the same input gives the same bytes on every
 * machine. vega numbers its clip paths per process: each chart's ids get the chart's own prefix,
 * so several charts can share one HTML page and a second run gives the same ids.
 */
import { compile } from 'vega-lite';
import * as vega from 'vega';
import { parse, View } from 'vega';
/** vega's `locale(number, time)` (exported, missing from its typings). */
const locale = vega.locale;
const NUMBER_LOCALE = {
    nl: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
    en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] },
};
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const INK = '#1a1a1a';
const ACCENT = '#1f3a5f';
const BAD = '#b3261e';
const GOOD = '#2e7d32';
const config = {
    font: FONT,
    view: { stroke: null },
    axis: {
        labelColor: INK,
        titleColor: INK,
        gridColor: '#e4e4e0',
        domainColor: '#9a9a9a',
        tickColor: '#9a9a9a',
        labelFontSize: 10,
        titleFontSize: 10,
        titleFontWeight: 'normal',
    },
    legend: { labelFontSize: 10, titleFontSize: 10 },
    header: { labelFontSize: 10, titleFontSize: 10 },
};
async function svgOf(spec, lang, id) {
    // vega-lite's and vega's warnings would go to the console: collected, they make the render fail (a test renders every example).
    const warnings = [];
    const logger = Object.assign(vega.logger(vega.Warn), {
        warn: (...args) => {
            warnings.push(args.map(String).join(' '));
            return logger;
        },
    });
    const view = new View(parse(compile(spec, { logger }).spec), {
        renderer: 'none',
        locale: locale(NUMBER_LOCALE[lang]),
        logLevel: vega.Warn,
    });
    view.logger(logger);
    try {
        const svg = await view.toSVG();
        if (warnings.length > 0)
            throw new Error(`chart ${id}: ${warnings.join('; ')}`);
        return svg.replace(/ id="([^"]+)"/g, ` id="${id}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`);
    }
    finally {
        view.finalize();
    }
}
/** The trend's plot height: low enough for three objectives to a printed page. */
const TREND_HEIGHT = 100;
function trendSpec(o, words) {
    // Every period of the trend is on the axis; one without a measurement breaks the line and says so at the foot.
    const values = o.trend.map((p) => ({ label: p.label, sli: p.sli, met: p.met === null ? 'no-data' : p.met ? 'met' : 'missed' }));
    const all = [...o.trend.flatMap((p) => (p.sli === null ? [] : [p.sli])), o.targetValue];
    const span = Math.max(...all) - Math.min(...all);
    const pad = span === 0 ? Math.max(Math.abs(o.targetValue) * 0.001, 0.1) : span * 0.15;
    const domain = [Math.min(...all) - pad, Math.max(...all) + pad];
    if (o.unit === '%') {
        domain[0] = Math.max(0, domain[0]);
        domain[1] = Math.min(100, domain[1]);
    }
    const y = { field: 'sli', type: 'quantitative', title: words('axis-measured'), scale: { domain, nice: false, zero: false } };
    const x = {
        field: 'label',
        type: 'ordinal',
        sort: null,
        title: null,
        scale: { domain: o.trend.map((p) => p.label) },
        axis: { labelAngle: -40 },
    };
    const gaps = o.trend.filter((p) => p.sli === null).map((p) => ({ label: p.label, text: words('no-data') }));
    return {
        width: 420,
        height: TREND_HEIGHT,
        config,
        data: { values },
        layer: [
            { mark: { type: 'line', color: ACCENT, strokeWidth: 1.5 }, encoding: { x, y } },
            {
                transform: [{ filter: 'datum.sli !== null' }],
                mark: { type: 'point', filled: true, size: 45 },
                encoding: {
                    x,
                    y,
                    color: { field: 'met', type: 'nominal', scale: { domain: ['met', 'missed'], range: [GOOD, BAD] }, legend: null },
                },
            },
            ...(gaps.length > 0
                ? [
                    {
                        data: { values: gaps },
                        mark: {
                            type: 'text',
                            angle: 270,
                            align: 'left',
                            baseline: 'middle',
                            fontSize: 8,
                            color: '#777',
                            y: TREND_HEIGHT - 4,
                        },
                        encoding: { x, text: { field: 'text', type: 'nominal' } },
                    },
                ]
                : []),
            {
                data: { values: [{ target: o.targetValue }] },
                mark: { type: 'rule', color: BAD, strokeDash: [4, 3], strokeWidth: 1.2 },
                encoding: { y: { field: 'target', type: 'quantitative' } },
            },
        ],
    };
}
function budgetSpec(o, words) {
    const b = o.budget;
    const values = [
        { what: words('bar-allowed'), minutes: b.allowedMinutes, kind: 'allowed' },
        { what: words('bar-used'), minutes: b.usedMinutes, kind: b.usedMinutes > b.allowedMinutes ? 'over' : 'used' },
    ];
    return {
        width: 420,
        height: 60,
        config,
        data: { values },
        mark: { type: 'bar', height: 18 },
        encoding: {
            y: { field: 'what', type: 'nominal', sort: null, title: null },
            x: { field: 'minutes', type: 'quantitative', title: words('axis-minutes') },
            color: {
                field: 'kind',
                type: 'nominal',
                scale: { domain: ['allowed', 'used', 'over'], range: ['#9fb3c8', ACCENT, BAD] },
                legend: null,
            },
        },
    };
}
function distributionSpec(view, words) {
    const bounds = view.usedBounds;
    const clocks = [...new Set(view.distribution.map((d) => d.clock))].map((c) => words(`clock-${c}`));
    const priorities = [...new Set(view.distribution.map((d) => d.priority))];
    const values = view.distribution.flatMap(({ clock, priority, bins }) => bins.flatMap((count, i) => count === 0
        ? []
        : [
            {
                clock: words(`clock-${clock}`),
                priority,
                from: i === 0 ? 0 : bounds[i - 1],
                to: i < bounds.length ? bounds[i] : bounds.at(-1) + 50,
                count,
                late: i >= bounds.indexOf(100) + 1 ? 'late' : 'in time',
            },
        ]));
    return {
        config,
        data: { values },
        // Rows in the contract's order of priorities, response before resolution.
        facet: {
            row: { field: 'priority', type: 'nominal', title: null, sort: priorities, header: { labelAngle: 0, labelAlign: 'left' } },
            column: { field: 'clock', type: 'nominal', title: null, sort: clocks },
        },
        spec: {
            width: 230,
            height: 50,
            layer: [
                {
                    mark: { type: 'bar' },
                    encoding: {
                        x: {
                            field: 'from',
                            type: 'quantitative',
                            title: words('axis-used'),
                            scale: { domain: [0, bounds.at(-1) + 50] },
                            axis: {
                                values: [0, ...bounds],
                                labelExpr: `datum.value >= ${bounds.at(-1)} ? '> ' + datum.value + '%' : datum.value + '%'`,
                                labelAngle: -40,
                            },
                        },
                        x2: { field: 'to' },
                        y: { field: 'count', type: 'quantitative', title: words('axis-tickets'), axis: { tickMinStep: 1 } },
                        y2: { datum: 0 },
                        color: { field: 'late', type: 'nominal', scale: { domain: ['in time', 'late'], range: [ACCENT, BAD] }, legend: null },
                    },
                },
                {
                    data: { values: [{ x: 100 }] },
                    mark: { type: 'rule', color: BAD, strokeDash: [4, 3] },
                    encoding: { x: { field: 'x', type: 'quantitative' } },
                },
            ],
        },
        resolve: { scale: { y: 'independent' } },
    };
}
function timelineSpec(b, words) {
    const t = b.timeline;
    const rows = [
        ...t.counted.map(([from, to]) => ({ from, to, what: words('bar-counted') })),
        ...t.paused.map(([from, to]) => ({ from, to, what: words('bar-paused') })),
    ];
    return {
        width: 420,
        height: 36,
        config,
        layer: [
            {
                data: { values: rows },
                mark: { type: 'bar', height: 12 },
                encoding: {
                    x: {
                        field: 'from',
                        type: 'quantitative',
                        scale: { domain: [t.from, t.to], zero: false, nice: false },
                        title: null,
                        axis: { labelExpr: "utcFormat(datum.value, '%d-%m %H:%M')", labelFontSize: 9, tickCount: 5 },
                    },
                    x2: { field: 'to' },
                    y: { field: 'what', type: 'nominal', title: null },
                    color: { field: 'what', type: 'nominal', scale: { range: [ACCENT, '#c9a227'] }, legend: null },
                },
            },
            ...(t.due !== null
                ? [
                    {
                        data: { values: [{ due: t.due }] },
                        mark: { type: 'rule', color: BAD, strokeWidth: 1.5 },
                        encoding: { x: { field: 'due', type: 'quantitative' } },
                    },
                ]
                : []),
        ],
    };
}
/** At most this many breaches get a timeline (the list itself is longer). */
export const MAX_TIMELINES = 20;
/** Every chart of the report, in a fixed order (the ids follow it). */
export async function renderCharts(view, words) {
    const charts = { trends: new Map(), budgets: new Map(), distribution: null, timelines: new Map() };
    let n = 0;
    const make = async (spec, caption, context) => {
        const id = `chart${++n}`;
        return { id, caption, context, svg: await svgOf(spec, view.lang, id) };
    };
    // One trend and one budget per objective: of its last result in the period (a weekly objective has several).
    const last = new Map(view.objectives.map((o) => [o.name, o]));
    for (const o of last.values()) {
        // Every objective measured at least once in its 12 periods has a trend (the gaps say where there is no data).
        if (o.trend.some((p) => p.sli !== null))
            charts.trends.set(o.name, await make(trendSpec(o, words), 'chart-trend', o));
        if (o.budget)
            charts.budgets.set(o.name, await make(budgetSpec(o, words), 'chart-budget', o));
    }
    if (view.distribution.length > 0)
        charts.distribution = await make(distributionSpec(view, words), 'chart-distribution', view);
    for (const [i, b] of view.breaches.slice(0, MAX_TIMELINES).entries()) {
        if (b.timeline.counted.length + b.timeline.paused.length > 0)
            charts.timelines.set(i, await make(timelineSpec(b, words), 'chart-timeline', b));
    }
    return charts;
}
