import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';

describe('APPEAL_WINDOW_DAYS', () => {
  it('defaults to 7 days and takes a whole number of days', () => {
    expect(loadConfig({}).APPEAL_WINDOW_DAYS).toBe(7);
    expect(loadConfig({ APPEAL_WINDOW_DAYS: '14' }).APPEAL_WINDOW_DAYS).toBe(14);
    expect(loadConfig({ APPEAL_WINDOW_DAYS: '0' }).APPEAL_WINDOW_DAYS).toBe(0);
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['a week', '-1', '1.5', '400']) {
      expect(() => loadConfig({ APPEAL_WINDOW_DAYS: bad })).toThrow(/APPEAL_WINDOW_DAYS=/);
    }
  });
});
