import { formatList, numberFormat } from './locale.js';
import { formatNumber } from './number.js';
function unitText(value, unit, lang, maximumFractionDigits = 3) {
    return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits }).format(value);
}
const clockWords = {
    nl: {
        businessHour: ['uur', 'uur'],
        workingDay: ['werkdag', 'werkdagen'],
        calendarDay: ['kalenderdag', 'kalenderdagen'],
    },
    en: {
        businessHour: ['hour', 'hours'],
        workingDay: ['working day', 'working days'],
        calendarDay: ['calendar day', 'calendar days'],
    },
};
function counted(value, [one, many], lang) {
    return `${formatNumber(value, lang)} ${value === 1 ? one : many}`;
}
/** A duration as the contract states it. */
export function formatDuration(d, lang) {
    const words = clockWords[lang];
    switch (d.clock) {
        case 'working':
            return counted(d.value, words.workingDay, lang);
        case 'calendar':
            return counted(d.value, words.calendarDay, lang);
        case 'business':
            return d.unit === 'hour' ? counted(d.value, words.businessHour, lang) : unitText(d.value, d.unit, lang);
        case 'elapsed':
            return unitText(d.value, d.unit, lang);
    }
}
/**
 * A span of real time in hours, minutes and seconds, rounded to the nearest second and leaving
 * out zero parts: `43 minuten en 50 seconden`, `3 uur, 21 minuten en 36 seconden`, `0 seconden`.
 */
export function formatSpan(ms, lang) {
    const total = Math.round(ms / 1000);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    const parts = [];
    if (hours > 0)
        parts.push(unitText(hours, 'hour', lang));
    if (minutes > 0)
        parts.push(unitText(minutes, 'minute', lang));
    if (seconds > 0 || parts.length === 0)
        parts.push(unitText(seconds, 'second', lang));
    return formatList(parts, lang);
}
/** An amount of hours, up to two decimals: `730,5 uur` / `730.5 hours`. */
export function formatHours(ms, lang) {
    return unitText(ms / 3_600_000, 'hour', lang, 2);
}
/** A number of days: `30,4375 dagen` / `31 days`. */
export function formatDays(days, lang) {
    return unitText(days, 'day', lang, 4);
}
