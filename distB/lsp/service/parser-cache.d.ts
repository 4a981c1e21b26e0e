export declare function installFollowsCache(): void;
