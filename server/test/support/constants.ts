export const TEMPLATE_DB = 'concord_test_template';
/** Cheap scrypt for test users: the hash format and code path are the production ones. */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 } as const;
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
