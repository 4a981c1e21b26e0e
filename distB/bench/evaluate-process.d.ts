export declare function evaluateProcess(contract: string, ticketsFile: string, n: number, options: readonly string[], env?: Readonly<Record<string, string>>): {
    seconds: number;
    peakRss: number;
    reportBytes: number;
};
