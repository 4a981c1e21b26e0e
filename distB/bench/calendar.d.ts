export declare function benchCalendar(log: (line: string) => void): Promise<void>;
