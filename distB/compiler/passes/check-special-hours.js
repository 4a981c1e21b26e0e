export function checkSpecialHours(ctx) {
    for (const cal of ctx.declarations('Calendar')) {
        const closed = new Set(cal.body.flatMap((s) => (s.kind === 'ClosedDates' ? s.dates.map((d) => d.value) : [])));
        const opened = new Map();
        let holidays = null;
        for (const s of cal.body) {
            if (s.kind !== 'SpecialHours')
                continue;
            if (s.holidays) {
                if (holidays)
                    ctx.report('duplicate-clause', s.range, 'the hours on public holidays are given twice', {
                        related: [{ message: 'first given here', range: holidays.range }],
                    });
                holidays ??= s;
            }
            for (const d of s.dates) {
                const first = opened.get(d.value);
                if (first)
                    ctx.report('duplicate-clause', d.range, `${d.value} is opened twice; give all its hours on one line`, {
                        related: [{ message: 'first opened here', range: first.range }],
                    });
                else
                    opened.set(d.value, d);
                if (closed.has(d.value))
                    ctx.report('duplicate-clause', d.range, `${d.value} is both closed and open: remove it from \`closed on\` (its special hours replace the week's)`);
            }
            const ranges = [...s.hours].sort((a, b) => a.from.minutes - b.from.minutes);
            for (const r of ranges)
                if (r.to.minutes <= r.from.minutes)
                    ctx.report('invalid-range', r.range, `the hours end (${r.to.value}) before they start (${r.from.value})`);
            for (let i = 1; i < ranges.length; i++) {
                if (ranges[i].from.minutes < ranges[i - 1].to.minutes)
                    ctx.report('overlapping-hours', ranges[i].range, `${ranges[i].from.value} to ${ranges[i].to.value} overlaps ${ranges[i - 1].from.value} to ${ranges[i - 1].to.value}`);
            }
        }
    }
}
