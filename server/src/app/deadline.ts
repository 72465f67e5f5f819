import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationTypeNode,
} from 'graphql';
import type { RequestDeadline } from '../modules/shared/context.js';
import { DomainError } from './errors.js';

/**
 * A GraphQL operation's time limit (REQUEST_DEADLINE_MS), the same on HTTP and websockets.
 *
 * Node cannot stop a running function, so the limit is kept at the points where an
 * operation waits: every resolver checks it on entry, and a resolver still waiting when it
 * passes (on SQL, on a lock, on anything) is answered with TIMEOUT then, without waiting
 * for it; the whole answer goes out on time. Its work may still be running in the
 * background, so the limit is also kept where work becomes visible: the request's
 * EntityManager (and every fork of it) starts no transaction and commits none past the
 * limit, which rolls the transaction back. A TIMEOUT therefore means nothing was written.
 * Once a mutation has committed, though, its answer says what was done, late or not:
 * a commit under way when the limit passes is waited for, and the operation is then
 * answered as usual if it committed. Each statement is also bounded by PostgreSQL's
 * statement_timeout on the pool's connections (STATEMENT_TIMEOUT_MS, the same by default),
 * so no statement outlives its request by more than that.
 *
 * A subscription is not one operation: its setup has a limit, and so does the execution
 * of each event it delivers, each its own.
 */
export class Deadline implements RequestDeadline {
  readonly at: number;
  private state: 'running' | 'expired' | 'done' = 'running';
  private operation: OperationTypeNode | null = null;
  /** Transactions whose COMMIT is on its way. */
  private readonly committing = new Set<unknown>();
  private timer: NodeJS.Timeout | null = null;
  private expiry: Promise<never> | null = null;
  private rejectExpiry: ((error: Error) => void) | null = null;

  constructor(readonly ms: number) {
    this.at = Date.now() + ms;
  }

  /** What the operation is; a mutation's answer stands once it has committed. */
  begin(operation: OperationTypeNode): void {
    this.operation ??= operation;
  }

  /** Throws TIMEOUT once the limit has passed (not while a commit is under way). */
  check(): void {
    if (this.state === 'running' && this.committing.size === 0 && Date.now() >= this.at) this.expire();
    if (this.state === 'expired') throw timeoutError(this.ms);
  }

  /** `value`, or TIMEOUT when the limit passes first. */
  race<T>(value: Promise<T>): Promise<T> {
    if (this.state === 'done') return value;
    if (!this.expiry) {
      this.expiry = new Promise<never>((_, reject) => (this.rejectExpiry = reject));
      this.expiry.catch(() => {}); // every waiter has its own handler; this one only keeps Node quiet
      if (this.state === 'running') {
        this.timer = setTimeout(() => this.onTime(), Math.max(0, this.at - Date.now()));
        this.timer.unref();
      } else this.rejectExpiry!(timeoutError(this.ms));
    }
    return Promise.race([value, this.expiry]);
  }

  /** A transaction of this request is about to commit: refused once the limit has passed. */
  commitStarting(transaction: unknown): void {
    this.check();
    if (this.state === 'running') this.committing.add(transaction);
  }

  commitEnded(transaction: unknown, committed: boolean): void {
    if (!this.committing.delete(transaction)) return;
    if (committed && this.operation === 'mutation') this.finish();
    else if (this.committing.size === 0 && Date.now() >= this.at) this.onTime();
  }

  /** The operation has its answer: nothing of it is cut any more (a timed-out one stays refused). */
  finish(): void {
    if (this.state !== 'running') return;
    this.state = 'done';
    this.clearTimer();
  }

  private onTime() {
    // A commit under way decides: committed, the answer stands; failed, it is a timeout.
    if (this.state === 'running' && this.committing.size === 0) this.expire();
  }

  private expire() {
    this.state = 'expired';
    this.clearTimer();
    this.rejectExpiry?.(timeoutError(this.ms));
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

export const timeoutError = (ms: number) =>
  new DomainError(
    'TIMEOUT',
    `Concord stopped this operation at its time limit (${formatMs(ms)}): nothing it was changing was saved. Ask for less (fewer items, a narrower filter), or try again.`,
  );

const formatMs = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

// ---------------------------------------------------------------------------------------
// The request's EntityManager: its transactions keep the limit (MikroORM's logger context
// is copied into every fork, transactions included, so it carries the deadline along).

const KEY = 'requestDeadline';

/** Binds `deadline` to a request's EntityManager and every fork later made of it. */
export function bindDeadline(em: EntityManager, deadline: Deadline): void {
  em.setLoggerContext({ ...em.getLoggerContext(), [KEY]: deadline });
}

const deadlineOfEm = (em: EntityManager): Deadline | undefined => {
  const found = em.getLoggerContext()[KEY];
  return found instanceof Deadline ? found : undefined;
};

/** Register once on the ORM: no transaction of a request starts or commits past its limit. */
export class DeadlineSubscriber implements EventSubscriber {
  beforeTransactionStart(args: TransactionEventArgs) {
    deadlineOfEm(args.em as EntityManager)?.check();
  }
  beforeTransactionCommit(args: TransactionEventArgs) {
    deadlineOfEm(args.em as EntityManager)?.commitStarting(args.transaction);
  }
  afterTransactionCommit(args: TransactionEventArgs) {
    deadlineOfEm(args.em as EntityManager)?.commitEnded(args.transaction, true);
  }
  afterTransactionRollback(args: TransactionEventArgs) {
    deadlineOfEm(args.em as EntityManager)?.commitEnded(args.transaction, false);
  }
}

// ---------------------------------------------------------------------------------------
// Resolvers: checked on entry, raced while they wait.

type WithDeadline = { deadline?: Deadline };

/** The event a subscription is delivering, per subscription context, with its own limit. */
const currentEvent = new WeakMap<object, { payload: unknown; deadline: Deadline }>();

function deadlineFor(context: WithDeadline, info: GraphQLResolveInfo): Deadline | undefined {
  const operation = context.deadline;
  if (!operation) return undefined;
  if (info.operation.operation !== 'subscription') return operation;
  // Each event runs the selection again with the event as root value.
  const event = currentEvent.get(context);
  if (event && event.payload === info.rootValue) return event.deadline;
  const deadline = new Deadline(operation.ms);
  deadline.begin(info.operation.operation);
  currentEvent.set(context, { payload: info.rootValue, deadline });
  return deadline;
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === 'function';

function guard(resolve: GraphQLFieldResolver<unknown, WithDeadline>, pick: typeof deadlineFor) {
  return (source: unknown, args: Record<string, unknown>, context: WithDeadline, info: GraphQLResolveInfo) => {
    const deadline = pick(context, info);
    if (!deadline) return resolve(source, args, context, info);
    deadline.begin(info.operation.operation);
    deadline.check();
    const result = resolve(source, args, context, info);
    return isPromise(result) ? deadline.race(result) : result;
  };
}

/**
 * Wraps every field's resolver in `schema` (in place) with its operation's deadline,
 * found in the context as `deadline`; a subscription's setup (`subscribe`) keeps the
 * operation's, and once it has its stream, the deadline is done.
 */
export function enforceDeadlines(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve = guard(field.resolve ?? defaultFieldResolver, deadlineFor);
      if (field.subscribe) {
        const subscribe = guard(field.subscribe, (context) => context.deadline);
        field.subscribe = (source, args, context: WithDeadline, info) => {
          const stream = subscribe(source, args, context, info);
          if (!isPromise(stream)) {
            context.deadline?.finish();
            return stream;
          }
          return stream.finally(() => context.deadline?.finish());
        };
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// Answers: one TIMEOUT error, however many fields were cut.

/** The errors with every TIMEOUT after the first left out (each cut field reports one). */
export function oneTimeout<E extends GraphQLFormattedError>(errors: readonly E[]): E[] {
  let seen = false;
  return errors.filter((error) => {
    if (error.extensions?.['code'] !== 'TIMEOUT') return true;
    if (seen) return false;
    seen = true;
    return true;
  });
}

/** Apollo Server: the HTTP request's deadline is done when its answer goes, with one TIMEOUT in it. */
export function deadlinePlugin<T extends WithDeadline>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ contextValue, response }) => {
        (contextValue as T | undefined)?.deadline?.finish();
        if (response.body.kind !== 'single') return;
        const { errors } = response.body.singleResult;
        if (errors && errors.length > 1) response.body.singleResult.errors = oneTimeout(errors);
      },
    }),
  };
}
