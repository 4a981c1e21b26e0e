export declare function writeTickets(file: string, n: number): Promise<number>;
export declare function benchEvaluate(log: (line: string) => void): Promise<void>;
