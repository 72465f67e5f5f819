import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../src/db/seed/demo.js';
import { demoSignIns } from '../src/db/seed/demo-sign-ins.js';
import { CalibrationParticipant } from '../src/modules/calibration/calibration-participant.entity.js';
import { CalibrationSession } from '../src/modules/calibration/calibration-session.entity.js';
import { useTestServer } from './support/test-server.js';

const server = useTestServer();

describe('the demo sign-ins printed at start', () => {
  it('name every demo user, the team lead and every voter of the scheduled sessions, from the database', async () => {
    const em = server().concord.deps.orm.em.fork() as EntityManager;
    const signIns = await demoSignIns(em);
    const emails = signIns.map((s) => s.email);
    for (const user of DEMO_USERS) expect(emails).toContain(user.email);
    expect(signIns.find((s) => s.email === 'lena.schmidt@concord.demo')).toMatchObject({
      role: 'MODERATOR',
      market: 'de-DE',
      vendor: 'Lumen BPO',
      leads: ['Lumen BPO de-DE'],
    });
    const week48 = await em.findOneOrFail(CalibrationSession, { title: { $like: '%week 48' } });
    const voters = await em.find(CalibrationParticipant, { session: week48 }, { populate: ['user'] });
    expect(voters.length).toBeGreaterThan(6);
    for (const voter of voters) {
      expect(signIns.find((s) => s.email === voter.user.email)?.invitedTo).toContain(week48.title);
    }
    expect(emails.some((e) => e.endsWith('generated.concord.demo'))).toBe(false);
  });
});
