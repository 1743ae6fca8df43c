/**
 * The bootstrap admin token (`MOCHARAKA_ADMIN_TOKEN`) of the reference server the browser
 * tests start: tests that act as staff through the API without signing in send it as a
 * Bearer token. A fixed value is fine: that server listens on loopback only and lives for
 * one test run.
 */
export const TEST_BOOTSTRAP_TOKEN = 'browser-tests-bootstrap-token-0123456789abcdef';
