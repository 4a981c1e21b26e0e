export const recordKinds = ['ticket', 'contact', 'outage', 'measurement'];
