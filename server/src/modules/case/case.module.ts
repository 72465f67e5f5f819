import { demoCaseRows } from '../../db/seed/demo-cases.js';
import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { Case } from './case.entity.js';
import { importCaseRows } from './case-import.js';
import { type CaseContext, CaseResolver } from './case.resolver.js';
import { CaseService } from './case.service.js';

/** Moderation decisions under review, imported from case files. */
export const caseModule = defineModule({
  name: 'case',
  entities: [Case],
  resolvers: withContext<CaseContext>(CaseResolver),
  services: ({ em, viewer, visibility }: RequestDeps) => ({ case: new CaseService(em, viewer, visibility) }),
  // About 300 cases, written through the same import code as case files.
  seedDemo: (tx, { moderators }) => importCaseRows(tx, demoCaseRows(moderators)),
});
