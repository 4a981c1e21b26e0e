export declare function benchCheck(log: (line: string) => void): Promise<void>;
