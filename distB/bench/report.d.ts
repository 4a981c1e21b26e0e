export declare function benchReport(log: (line: string) => void): Promise<void>;
