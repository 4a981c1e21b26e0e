export declare function benchLifecycle(log: (line: string) => void): Promise<void>;
