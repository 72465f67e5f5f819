import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../src/modules/identity/password.js';
import type { Role } from '../../src/modules/identity/role.js';
import { Market } from '../../src/modules/identity/market.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { TEST_PASSWORD_COST } from './constants.js';

/** A person with `role` in `marketCode`'s market, on no team, with the password "concord". */
export async function createUser(em: EntityManager, role: Role, marketCode: string) {
  const user = em.create(User, {
    email: `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@concord.example`,
    name: `${role} ${randomUUID().slice(0, 4)}`,
    role,
    market: await em.findOneOrFail(Market, { code: marketCode }),
    passwordHash: await hashPassword('concord', TEST_PASSWORD_COST),
  });
  await em.flush();
  return user;
}
