import type { ErrorRequestHandler } from 'express';

/**
 * What body-parser reports (its `type`) and how we say it. Express's own handler answered
 * these with an HTML page carrying the stack trace and the server's absolute paths, to
 * anyone; a GraphQL client expects `{ errors: [...] }` whatever went wrong.
 */
const BODY_PROBLEMS: Record<string, { reason: string; message: (limit: string) => string }> = {
  'entity.parse.failed': {
    reason: 'MALFORMED_JSON',
    message: () => 'The request body is not valid JSON: send { "query": "…", "variables": { … } }.',
  },
  'entity.too.large': {
    reason: 'BODY_TOO_LARGE',
    message: (limit) =>
      `The request body is larger than ${limit}: send less at once (large case files go through \`pnpm concord import cases\`).`,
  },
  'charset.unsupported': {
    reason: 'UNSUPPORTED_CHARSET',
    message: () => 'Send the request body in UTF-8 (Content-Type: application/json; charset=utf-8).',
  },
  'encoding.unsupported': {
    reason: 'UNSUPPORTED_ENCODING',
    message: () => 'The request body’s Content-Encoding is not supported: send it uncompressed, gzip or deflate.',
  },
  'request.aborted': { reason: 'ABORTED', message: () => 'The request body did not arrive whole.' },
};

type HttpError = Error & { type?: string; status?: number; statusCode?: number };

/**
 * The last handler of the app: a GraphQL-shaped JSON answer for `/graphql`, plain text
 * elsewhere, never a stack or a path. Unexpected errors are logged here with their stack.
 */
export function httpErrorHandler(maxBody: string): ErrorRequestHandler {
  return (error: HttpError, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = error.type ? BODY_PROBLEMS[error.type] : undefined;
    const status = error.status ?? error.statusCode ?? 500;
    const clientError = status >= 400 && status < 500;
    if (!clientError) console.error(`Unexpected error on ${req.method} ${req.path}:`, error);
    const message = known
      ? known.message(maxBody)
      : status === 404
        ? 'Not found.'
        : clientError
          ? 'The request could not be read.'
          : 'Internal server error';
    const code = clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(clientError ? status : 500);
    if (req.path.startsWith('/graphql')) {
      res.json({ errors: [{ message, extensions: { code, ...(known ? { reason: known.reason } : {}) } }] });
    } else {
      res.type('text/plain').send(message);
    }
  };
}
