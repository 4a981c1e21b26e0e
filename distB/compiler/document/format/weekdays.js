import { weekdayName } from './date.js';
import { formatList } from './locale.js';
const isoWeekday = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const words = {
    nl: { through: 't/m', everyDay: 'dagelijks' },
    en: { through: 'to', everyDay: 'every day' },
};
export function formatWeekday(day, lang) {
    return weekdayName(isoWeekday[day], lang);
}
/** `maandag t/m vrijdag`, `maandag, woensdag en vrijdag`. */
export function formatDays(days, lang) {
    return formatList(days.map((d) => d.from === d.to ? formatWeekday(d.from, lang) : `${formatWeekday(d.from, lang)} ${words[lang].through} ${formatWeekday(d.to, lang)}`), lang);
}
/** `08:00–12:30 en 13:30–22:00`; no ranges means the whole day. */
export function formatTimeRanges(ranges, lang) {
    const all = ranges.length > 0 ? ranges : [{ from: '00:00', to: '24:00' }];
    return formatList(all.map((r) => `${r.from}–${r.to}`), lang);
}
/** One `Hours` statement of a calendar in words. */
export function formatHoursLine(hours, lang) {
    const days = hours.everyDay ? words[lang].everyDay : formatDays(hours.days, lang);
    return `${days} ${formatTimeRanges(hours.ranges, lang)}`;
}
