/** How a status name from the data is compared with the contract's: a module of its own, so the checker can use it without the data readers. */
/** Status names compare without case, and with runs of spaces, hyphens and underscores as one space. */
export declare function normaliseStatus(s: string): string;
