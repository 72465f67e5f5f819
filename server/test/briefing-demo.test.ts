// The demo seed's briefings, tested as a product: an upcoming one and an ended one with answers.
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';
import { BRIEFING, ok } from './support/briefing-fixtures.js';

const server = useTestServer();

describe('demo briefings', () => {
  it('seeds an upcoming briefing and an ended one with answered questions, seen by the audience markets only', async () => {
    const s = server();
    const it = await s.signIn('moderator.it@concord.demo');
    const list = (await ok(s.gql('query { briefings { id title status threadClosed } }', {}, it))).briefings;
    const upcoming = list.find((b: any) => b.status === 'SCHEDULED' && b.title.startsWith('Hate speech v2:'));
    const held = list.find((b: any) => b.status === 'ENDED' && b.title.startsWith('Bullying v2:'));
    expect(upcoming).toBeDefined();
    expect(held).toMatchObject({ threadClosed: false });
    const room = (await ok(s.gql(BRIEFING, { id: held.id }, it))).briefing;
    const statuses = room.questions.edges.map((e: any) => e.node.status);
    expect(statuses.filter((st: string) => st === 'ANSWERED')).toHaveLength(2);
    expect(room.policyVersion.faq.some((f: any) => f.question.includes('workplace'))).toBe(true);
    const es = await s.signIn('moderator.es@concord.demo');
    const esList = (await ok(s.gql('query { briefings { id } }', {}, es))).briefings.map((b: any) => b.id);
    expect(esList).not.toContain(held.id);
    expect(esList).not.toContain(upcoming.id);
  });
});
