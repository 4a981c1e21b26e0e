/** ISO 3166-1 alpha-2 codes date-holidays knows, sorted. */
export declare function countryCodes(): string[];
export declare function isKnownCountry(code: string): boolean;
/** True when `region` is a subdivision (what date-holidays calls a "state") of a known `country`. */
export declare function isKnownRegion(country: string, region: string): boolean;
