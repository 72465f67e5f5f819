import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import en from '../i18n/en.json';

/** A translatable description of a failure: a catalog key and its interpolation values. */
export type ErrorMessage<Key extends string = ErrorKey> = {
  key: Key;
  values?: Record<string, string | number>;
};

type ErrorCatalog = (typeof en)['errors'];
/** The features that name reasons: `errors.<feature>` objects (the catalog's other keys are per code). */
type ReasonFeature = { [F in keyof ErrorCatalog]: ErrorCatalog[F] extends string ? never : F }[keyof ErrorCatalog];
/** `errors.<feature>.<REASON>`: a refusal the server names by `extensions.feature` and `extensions.reason`. */
export type ReasonKey = { [F in ReasonFeature]: `errors.${F}.${keyof ErrorCatalog[F] & string}` }[ReasonFeature];

export type ErrorKey =
  | ReasonKey
  | 'errors.offline'
  | 'errors.network'
  | 'errors.server'
  | 'errors.unauthenticated'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.badInput'
  | 'errors.conflict'
  | 'errors.rateLimited'
  | 'errors.rateLimitedFor'
  | 'errors.timeout'
  | 'errors.unexpected';

/** The `extensions.code` of the first GraphQL error, when the server sent one. */
export function graphqlErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** Seconds the server asks to wait (`extensions.retryAfterSeconds` on RATE_LIMITED). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const seconds = error.errors[0]?.extensions?.['retryAfterSeconds'];
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** The catalog key of a feature's reason, when the catalog has one (all four catalogs have the same keys). */
export function reasonKey(feature: unknown, reason: unknown): ReasonKey | undefined {
  if (typeof feature !== 'string' || typeof reason !== 'string') return undefined;
  const catalog: Record<string, unknown> = en.errors;
  const reasons = Object.hasOwn(catalog, feature) ? catalog[feature] : undefined;
  if (typeof reasons !== 'object' || reasons === null || !Object.hasOwn(reasons, reason)) return undefined;
  return `errors.${feature}.${reason}` as ReasonKey;
}

/** Extensions that are not values to show: the error's own, and names i18next reads as options. */
const NOT_VALUES = new Set([
  'code',
  'feature',
  'reason',
  'http',
  'count',
  'context',
  'ordinal',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'replace',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
]);

const isScalar = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** What the server's message named (`extensions`: numbers, strings, lists of them), for interpolation. */
function interpolationValues(extensions: Record<string, unknown>): Record<string, string | number> | undefined {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(extensions)) {
    if (NOT_VALUES.has(name)) continue;
    if (isScalar(value)) values[name] = value;
    else if (Array.isArray(value) && value.length > 0 && value.every(isScalar)) values[name] = value.join(', ');
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

/** `errors.<feature>.<REASON>` of the first GraphQL error, with its values, when the catalog has that key. */
function describeReason(error: CombinedGraphQLErrors): ErrorMessage | undefined {
  const extensions = error.errors[0]?.extensions ?? {};
  const key = reasonKey(extensions['feature'], extensions['reason']);
  if (!key) return undefined;
  const values = interpolationValues(extensions);
  return values ? { key, values } : { key };
}

function isNetworkFailure(error: unknown): boolean {
  // fetch rejects with a TypeError whose message differs per browser.
  return error instanceof TypeError && /fetch|network|load failed|connection/i.test(error.message);
}

/**
 * Maps what Apollo Client reports to a message a person can act on. The server's own
 * message is English-only, so the client translates by `extensions.feature` and
 * `extensions.reason` (`errors.<feature>.<REASON>`, with the values the server sent),
 * or by `extensions.code` when the catalog has no such reason.
 */
export function describeError(error: unknown, online: boolean = globalThis.navigator?.onLine ?? true): ErrorMessage {
  if (CombinedGraphQLErrors.is(error)) {
    const reason = describeReason(error);
    if (reason) return reason;
    switch (graphqlErrorCode(error)) {
      case 'UNAUTHENTICATED':
        return { key: 'errors.unauthenticated' };
      case 'FORBIDDEN':
        return { key: 'errors.forbidden' };
      case 'NOT_FOUND':
        return { key: 'errors.notFound' };
      case 'BAD_USER_INPUT':
        return { key: 'errors.badInput' };
      case 'CONFLICT':
        return { key: 'errors.conflict' };
      case 'RATE_LIMITED': {
        const seconds = retryAfterSeconds(error);
        return seconds ? { key: 'errors.rateLimitedFor', values: { count: seconds } } : { key: 'errors.rateLimited' };
      }
      case 'TIMEOUT':
        return { key: 'errors.timeout' };
      default:
        return { key: 'errors.unexpected' };
    }
  }
  if (!online) return { key: 'errors.offline' };
  if (isNetworkFailure(error)) return { key: 'errors.network' };
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { key: 'errors.unauthenticated' };
    if (error.statusCode === 429) return { key: 'errors.rateLimited' };
    // A proxy in front of a server that is down answers 502-504.
    if (error.statusCode >= 502 && error.statusCode <= 504) return { key: 'errors.network' };
    return { key: 'errors.server' };
  }
  if (ServerParseError.is(error)) return { key: 'errors.server' };
  return { key: 'errors.unexpected' };
}
