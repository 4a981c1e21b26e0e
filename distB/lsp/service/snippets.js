/** Snippets for whole declarations (top level) and for common statements (inside a block). */
const lines = (...l) => l.join('\n');
export const blockSnippets = [
    {
        label: 'agreement block',
        detail: 'parties, term, fee, languages',
        body: lines('agreement "${1:Title}" {', '  provider "${2:Provider}"', '  customer "${3:Customer}"', '  kind customer sla', '  term ${4:2026-01-01} to ${5:2026-12-31}', '  monthly fee ${6:EUR} ${7:10000}', '  languages nl, en', '  timezone ${8:Europe/Amsterdam}', '}'),
    },
    {
        label: 'service block',
        detail: 'a service the agreement covers',
        body: lines('service ${1:name} "${2:Title}" {', '  text nl "${3}" en "${4}"', '}'),
    },
    {
        label: 'calendar block',
        detail: 'opening hours in a time zone',
        body: lines('calendar ${1:office} "${2:Office hours}" {', '  timezone ${3:Europe/Amsterdam}', '  monday to friday ${4:08:00} to ${5:18:00}', '  closed on public holidays ${6:NL}', '}'),
    },
    {
        label: 'priority block',
        detail: 'a priority with its description',
        body: lines('priority ${1:P1} "${2:Critical}" {', '  text nl "${3}" en "${4}"', '}'),
    },
    {
        label: 'priority matrix block',
        detail: 'impact × urgency → priority',
        body: lines('priority matrix {', '  impact levels ${1:high}, ${2:low}', '  urgency levels ${3:high}, ${4:low}', '  $1 impact and $3 urgency is ${5:P1}', '}'),
    },
    {
        label: 'targets block',
        detail: 'default response and resolution targets',
        body: lines('targets {', '  calendar ${1:office}', '  response ${2:P1} within ${3:1 hour}', '  resolution $2 within ${4:4 hours}', '}'),
    },
    {
        label: 'tier block',
        detail: 'a service tier with its own targets',
        body: lines('tier ${1:Gold} "${2:Gold}" {', '  response ${3:P1} within ${4:15 minutes} on ${5:always}', '  resolution $3 within ${6:4 hours} on $5', '}'),
    },
    {
        label: 'objective availability block',
        detail: 'availability of a service',
        body: lines('objective ${1:uptime} "${2:Availability}" {', '  availability of service ${3:Platform} at least ${4:99.9%} per ${5:month}', '  excluding maintenance announced ${6:5 working days} ahead', '}'),
    },
    {
        label: 'objective percentage block',
        detail: 'a share of contacts or tickets within a time',
        body: lines('objective ${1:phone} "${2:Telephone reachability}" {', '  ${3:80%} of ${4:calls} ${5:answered} within ${6:30 seconds} per month', '}'),
    },
    {
        label: 'objective quality block',
        detail: 'first time right, CSAT, NPS, error rate, a KPI',
        body: lines('objective ${1:ftr} "${2:First time right}" {', '  ${3:first time right} at least ${4:85%} per ${5:month}', '}'),
    },
    {
        label: 'credits block',
        detail: 'a credit ladder for an objective',
        body: lines('credits for ${1:uptime} {', '  below ${2:99.9%} credit ${3:5%} of monthly fee', '  at most ${4:30%} of monthly fee per month', '}'),
    },
    {
        label: 'credit terms block',
        detail: 'caps over all credits, sole remedy',
        body: lines('credit terms {', '  at most ${1:30%} of monthly fee per month', '  sole remedy', '}'),
    },
    {
        label: 'bonus block',
        detail: 'a bonus ladder for an objective',
        body: lines('bonus for ${1:csat} {', '  above ${2:9 out of 10} bonus ${3:2%} of monthly fee', '}'),
    },
    {
        label: 'escalation block',
        detail: 'escalation steps with time limits and contacts',
        body: lines('escalation ${1:operational} "${2:Operational escalation}" {', '  for ${3:P1}', '  step 1 "${4:Service managers}" after ${5:30 minutes} contact "${6:servicedesk@example.com}"', '}'),
    },
    {
        label: 'reporting block',
        detail: 'reports and their cadence',
        body: lines('reporting {', '  report "${1:Monthly service report}" ${2:monthly} to "${3:contract manager}"', '}'),
    },
    {
        label: 'scenario block',
        detail: 'a worked example that runs',
        body: lines('scenario "${1:P1 on a Friday evening}" {', '  ticket ${2:T1} priority ${3:P1} created ${4:2026-03-06 17:00} resolved ${5:2026-03-09 10:00}', '  expect $2 resolution ${6:breached}', '}'),
    },
    {
        label: 'exclusions block',
        detail: 'what the agreement does not cover',
        body: lines('exclusions {', '  text nl "${1}" en "${2}"', '}'),
    },
    {
        label: 'customer responsibilities block',
        detail: 'what the customer must do',
        body: lines('customer responsibilities {', '  text nl "${1}" en "${2}"', '}'),
    },
];
const text = { label: 'text nl … en …', detail: 'contract wording in both languages', body: 'text nl "${1}" en "${2}"' };
const byBlock = {
    calendar: [
        { label: 'monday to friday … to …', detail: 'opening hours', body: 'monday to friday ${1:08:00} to ${2:18:00}' },
        { label: 'closed on public holidays …', detail: 'public holidays of a country', body: 'closed on public holidays ${1:NL}' },
    ],
    targets: [
        { label: 'response … within …', detail: 'response target', body: 'response ${1:P1} within ${2:1 hour}' },
        { label: 'resolution … within …', detail: 'resolution target', body: 'resolution ${1:P1} within ${2:4 hours}' },
        { label: 'next reply … within …', detail: 'reply to every customer message', body: 'next reply ${1:P1} within ${2:2 business hours}' },
        { label: 'update … every …', detail: 'periodic update while open', body: 'update ${1:P1} every ${2:2 hours}' },
        { label: 'clocks start at …', detail: 'where response and resolution clocks start', body: 'clocks start at ${1:assignment}' },
    ],
    statuses: [
        { label: '"…" starts', detail: 'a status in which the clocks run', body: '"${1:In behandeling}" starts' },
        {
            label: '"…" pauses waiting for customer',
            detail: 'a status that pauses the clocks',
            body: '"${1:Wacht op klant}" pauses waiting for customer',
        },
        { label: '"…" resolves', detail: 'a status that resolves the ticket', body: '"${1:Opgelost}" resolves' },
    ],
    aliases: [{ label: 'priority "…" is …', detail: 'a priority as the data names it', body: 'priority "${1:1 - Kritiek}" is ${2:P1}' }],
    objective: [
        {
            label: 'availability of service …',
            detail: 'availability target',
            body: 'availability of service ${1:Platform} at least ${2:99.9%} per ${3:month}',
        },
        {
            label: '…% of … within …',
            detail: 'percentage target',
            body: '${1:80%} of ${2:calls} ${3:answered} within ${4:30 seconds} per month',
        },
        {
            label: 'excluding maintenance …',
            detail: 'planned maintenance does not count',
            body: 'excluding maintenance announced ${1:5 working days} ahead, at most ${2:8 hours} per month',
        },
    ],
    credits: [{ label: 'below … credit …', detail: 'a band of the ladder', body: 'below ${1:99.9%} credit ${2:5%} of monthly fee' }],
    bonus: [{ label: 'above … bonus …', detail: 'a band of the ladder', body: 'above ${1:95%} bonus ${2:2%} of monthly fee' }],
    escalation: [
        {
            label: 'step … after …',
            detail: 'an escalation step',
            body: 'step ${1:1} "${2:Service managers}" after ${3:5 working days} contact "${4}"',
        },
        {
            label: 'warn at …% of … time to …',
            detail: 'a rung of the warning ladder',
            body: 'warn at ${1:75%} of ${2:resolution} time to "${3:Service manager}"',
        },
    ],
    reporting: [
        { label: 'report … monthly', detail: 'a report', body: 'report "${1:Monthly report}" ${2:monthly} to "${3:contract manager}"' },
    ],
    scenario: [
        {
            label: 'ticket … created …',
            detail: 'a ticket and its events',
            body: 'ticket ${1:T1} priority ${2:P1} created ${3:2026-03-06 17:00} resolved ${4:2026-03-09 10:00}',
        },
        {
            label: 'outage of … from … to …',
            detail: 'an outage',
            body: 'outage of ${1:Platform} from ${2:2026-03-10 02:00} to ${3:2026-03-10 02:45}',
        },
    ],
};
byBlock.tier = byBlock.targets;
export function statementSnippets(block) {
    return [...(byBlock[block] ?? []), text];
}
