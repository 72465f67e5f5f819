// The demo's RCA escalation, tested as part of the demo product.
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';
import { FIELDS, OVERDUE } from './support/rca-fixtures.js';

const server = useTestServer();

describe('the demo RCA escalation', () => {
  it('are seeded for the demo: one in progress, with one overdue action item', async () => {
    const s = server();
    const manager = await s.signIn('qa.manager@concord.demo');
    const list = await s.gql(`{ rcaEscalations(state: IN_PROGRESS) { ${FIELDS} } }`, {}, manager);
    expect(list.errors).toBeUndefined();
    const [demo] = list.data!.rcaEscalations;
    expect(demo).toMatchObject({
      title: 'Veiled threats left up in Italian comments',
      owner: { email: 'qa.manager@concord.demo' },
    });
    expect(demo.actionItems.map((i: any) => [i.status, i.overdue])).toEqual([
      ['DONE', false],
      ['OPEN', true],
      ['OPEN', false],
    ]);
    const overdue = (await s.gql(OVERDUE, {}, manager)).data!.overdueRcaActionItems;
    expect(overdue.map((i: any) => i.title)).toEqual(['Add Italian idioms to the bullying policy examples']);
  });
});
