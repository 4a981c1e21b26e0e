export const REPORT_FORMAT = 'slac-report/1';
