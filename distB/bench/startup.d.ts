export declare function benchStartup(log: (line: string) => void): Promise<void>;
