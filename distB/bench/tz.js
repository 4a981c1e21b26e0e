// Imported first by run.ts. moment-business-time has no time-zone support and works in the
// process's local zone, so the bench runs the whole process in the office's zone. slac's runtime
// never reads the machine zone; only the moment-business-time baseline depends on this.
process.env.TZ = 'Europe/Amsterdam';
export {};
