import { describe, expect, it } from 'vitest';
import { planErrors, rateFromPercent, type PlanForm } from './plan-input';

const valid: PlanForm = {
  name: 'Daily IT hate speech',
  scope: 'MARKET',
  scopeValue: 'm1',
  mode: 'RATE',
  amount: '5',
  stratifyByDecision: false,
  seed: '42',
};

describe('planErrors', () => {
  it('accepts a complete plan', () => {
    expect(planErrors(valid)).toEqual({});
    expect(planErrors({ ...valid, mode: 'COUNT', amount: '20' })).toEqual({});
    expect(planErrors({ ...valid, amount: '0,5' })).toEqual({});
  });
  it('names the missing fields', () => {
    expect(planErrors({ ...valid, name: '  ', scopeValue: '', amount: '', seed: '' })).toEqual({
      name: 'required',
      scopeValue: 'required',
      amount: 'required',
      seed: 'required',
    });
  });
  it('holds a rate to (0, 100] percent and a count to whole numbers', () => {
    expect(planErrors({ ...valid, amount: '0' }).amount).toBe('range');
    expect(planErrors({ ...valid, amount: '100.5' }).amount).toBe('range');
    expect(planErrors({ ...valid, amount: '100' }).amount).toBeUndefined();
    expect(planErrors({ ...valid, mode: 'COUNT', amount: '2.5' }).amount).toBe('range');
    expect(planErrors({ ...valid, mode: 'COUNT', amount: '0' }).amount).toBe('range');
  });
  it('holds the seed to a 31-bit whole number', () => {
    expect(planErrors({ ...valid, seed: '-1' }).seed).toBe('range');
    expect(planErrors({ ...valid, seed: '2147483648' }).seed).toBe('range');
    expect(planErrors({ ...valid, seed: '2147483647' }).seed).toBeUndefined();
  });
});

describe('rateFromPercent', () => {
  it('turns a percentage into a share', () => {
    expect(rateFromPercent('5')).toBe(0.05);
    expect(rateFromPercent('12,5')).toBe(0.125);
    expect(rateFromPercent('100')).toBe(1);
  });
});
