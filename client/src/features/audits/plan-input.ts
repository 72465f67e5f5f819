/** Checks the sampling plan form before it is sent (the server checks it again). */

export type PlanForm = {
  name: string;
  scope: 'QUEUE' | 'MARKET' | 'TEAM' | 'MODERATOR';
  scopeValue: string;
  mode: 'RATE' | 'COUNT';
  /** A percentage (0 < p ≤ 100) for a rate, a whole number for a count. */
  amount: string;
  stratifyByDecision: boolean;
  seed: string;
};

export type PlanErrors = Partial<Record<'name' | 'scopeValue' | 'amount' | 'seed', 'required' | 'range'>>;

const MAX_SEED = 2 ** 31 - 1;
const MAX_COUNT = 10_000;

export function planErrors(form: PlanForm): PlanErrors {
  const errors: PlanErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = 'required';
  else if (name.length > 200) errors.name = 'range';
  if (!form.scopeValue) errors.scopeValue = 'required';
  const amount = Number(form.amount.replace(',', '.'));
  if (!form.amount.trim()) errors.amount = 'required';
  else if (
    form.mode === 'RATE'
      ? !(amount > 0 && amount <= 100)
      : !(Number.isInteger(amount) && amount >= 1 && amount <= MAX_COUNT)
  )
    errors.amount = 'range';
  const seed = Number(form.seed);
  if (!form.seed.trim()) errors.seed = 'required';
  else if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) errors.seed = 'range';
  return errors;
}

/** The rate as the server takes it (a share in (0, 1]) from the percentage typed. */
export function rateFromPercent(text: string): number {
  return Math.round(Number(text.replace(',', '.')) * 1000) / 100_000;
}
