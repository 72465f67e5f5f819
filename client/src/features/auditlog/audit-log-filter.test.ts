import { describe, expect, it } from 'vitest';
import { badPeriod, EMPTY_FORM, formFrom, paramsFrom, serverFilter } from './audit-log-filter';
import { exportFileName } from './audit-log-page';

describe('audit log filter', () => {
  it('keeps the form in the address and reads it back', () => {
    const form = { action: 'USER_DEACTIVATED', actorId: '7', search: 'nina', from: '2026-12-01', to: '2026-12-05' };
    expect(formFrom(paramsFrom(form))).toEqual(form);
    expect(paramsFrom(EMPTY_FORM).toString()).toBe('');
  });

  it('asks the server for whole local days, the last one included', () => {
    const filter = serverFilter({ ...EMPTY_FORM, from: '2026-12-01', to: '2026-12-05' });
    expect(filter.from).toBe(new Date(2026, 11, 1).toISOString());
    expect(filter.to).toBe(new Date(2026, 11, 6).toISOString());
  });

  it('sends only what was chosen, and drops an unknown action', () => {
    expect(serverFilter(EMPTY_FORM)).toEqual({});
    expect(serverFilter({ ...EMPTY_FORM, action: 'SIGN_IN', search: '  x@y ' })).toEqual({
      actions: ['SIGN_IN'],
      search: 'x@y',
    });
    expect(serverFilter({ ...EMPTY_FORM, action: 'DROP_TABLE', from: 'yesterday' })).toEqual({});
  });

  it('spots a period that ends before it starts', () => {
    expect(badPeriod({ ...EMPTY_FORM, from: '2026-12-05', to: '2026-12-01' })).toBe(true);
    expect(badPeriod({ ...EMPTY_FORM, from: '2026-12-05', to: '2026-12-05' })).toBe(false);
    expect(badPeriod({ ...EMPTY_FORM, to: '2026-12-01' })).toBe(false);
  });

  it('names the export by its local day', () => {
    expect(exportFileName(new Date(2026, 0, 9, 23, 30))).toBe('concord-audit-log-2026-01-09.csv');
  });
});
