import { OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Deadline, oneTimeout } from './deadline.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const never = new Promise<never>(() => {});
const code = (error: unknown) => (error as { code?: string }).code;

describe('Deadline', () => {
  it('lets an operation through before its limit and answers TIMEOUT at it, however long the wait', async () => {
    const deadline = new Deadline(30);
    deadline.begin(OperationTypeNode.QUERY);
    expect(() => deadline.check()).not.toThrow();
    await expect(deadline.race(Promise.resolve('fast'))).resolves.toBe('fast');
    const started = Date.now();
    await expect(deadline.race(never)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(() => deadline.check()).toThrow(/time limit \(30 ms\)/);
    // A late commit of its work is refused (the transaction then rolls back).
    expect(() => deadline.commitStarting({})).toThrow();
  });

  it("waits for a mutation's commit under way at the limit: committed, its answer stands", async () => {
    const deadline = new Deadline(20);
    deadline.begin(OperationTypeNode.MUTATION);
    const transaction = {};
    deadline.commitStarting(transaction);
    const answer = deadline.race(sleep(60).then(() => 'saved'));
    await sleep(40);
    expect(() => deadline.check()).not.toThrow(); // the commit decides
    deadline.commitEnded(transaction, true);
    await expect(answer).resolves.toBe('saved');
    expect(() => deadline.check()).not.toThrow();
  });

  it('answers TIMEOUT when that commit fails, and a committed query is still cut', async () => {
    const failed = new Deadline(20);
    failed.begin(OperationTypeNode.MUTATION);
    failed.commitStarting('tx');
    const answer = failed.race(never).catch(code);
    await sleep(40);
    failed.commitEnded('tx', false);
    expect(await answer).toBe('TIMEOUT');

    const query = new Deadline(20);
    query.begin(OperationTypeNode.QUERY);
    query.commitStarting('read');
    query.commitEnded('read', true);
    await expect(query.race(never)).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('cuts nothing once finished, but a timed-out operation stays refused', async () => {
    const done = new Deadline(10);
    done.finish();
    await sleep(20);
    expect(() => done.check()).not.toThrow();
    const late = new Deadline(10);
    await expect(late.race(never)).rejects.toMatchObject({ code: 'TIMEOUT' });
    late.finish();
    expect(() => late.commitStarting('tx')).toThrow();
  });
});

describe('oneTimeout', () => {
  it('keeps the first TIMEOUT of many and every other error', () => {
    const timeout = (path: string) => ({ message: 't', path: [path], extensions: { code: 'TIMEOUT' } });
    const other = { message: 'x', extensions: { code: 'NOT_FOUND' } };
    expect(oneTimeout([timeout('a'), other, timeout('b'), timeout('c')])).toEqual([timeout('a'), other]);
  });
});
