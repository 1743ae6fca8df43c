/**
 * Who commits to what in the charter. Apart from the rest of charter-rules.ts (which
 * re-exports it) because the action programme's charter follow-up needs only this
 * list: its standalone build then bundles the list instead of downloading the charter's
 * rules as a shared chunk.
 */
export const CHARTER_PARTIES = ['commune', 'associations', 'citizens'] as const;
