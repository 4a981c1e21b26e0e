/** Every IANA zone this Node knows, plus UTC. */
export declare function timeZoneList(): string[];
/** Countries with public-holiday data (ISO 3166-1 alpha-2), with their names. */
export declare function countryList(): Array<{
    code: string;
    name: string;
}>;
/** Regions (date-holidays "states") of a country. */
export declare function regionList(country: string): Array<{
    code: string;
    name: string;
}>;
/** ISO 4217 codes, the common ones first. */
export declare function currencyList(): string[];
