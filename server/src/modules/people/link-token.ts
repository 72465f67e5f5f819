import { createHash, randomBytes } from 'node:crypto';

/** A mailed link's secret (invitations, password resets): 256 random bits, URL-safe. */
export const newLinkToken = () => randomBytes(32).toString('base64url');

/** What is stored of a link's token: its SHA-256, so a copy of the database holds no usable link. */
export const linkTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
