/** See pglite-template.mjs. */
export declare function pgliteTemplateFolder(): string;
export declare function ensurePgliteTemplate(): Promise<string>;
export declare function ensurePgliteMemoryTemplate(): Promise<string>;
export declare function initialisedDataFolder(prefix?: string): Promise<string>;
