/** See bootstrap-token.mjs. */
export declare const TEST_BOOTSTRAP_TOKEN: string;
