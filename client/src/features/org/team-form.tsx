import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { FieldHint, fieldProblem, OrgError } from './org-error';
import { useCreateTeam } from './org-mutations';
import forms from '../../components/form.module.css';

export type MarketChoice = { id: string; code: string; name: string };
export type VendorChoice = { id: string; name: string };

/**
 * Adds a team in a market: internal or a vendor's. A vendor's QA manager adds their own
 * vendor's teams only (`ownVendor`): the server makes it theirs whatever is sent.
 */
export function TeamForm({
  markets,
  vendors,
  ownVendor,
  onClose,
}: {
  markets: readonly MarketChoice[];
  vendors: readonly VendorChoice[];
  ownVendor: VendorChoice | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [marketId, setMarketId] = useState(markets[0]?.id ?? '');
  const [vendorId, setVendorId] = useState(ownVendor?.id ?? '');
  const [blank, setBlank] = useState(false);
  const [create, creating] = useCreateTeam();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBlank(!name.trim());
    if (!name.trim() || !marketId || creating.loading) return;
    const vendor = ownVendor?.id ?? vendorId;
    try {
      await create({ variables: { input: { name: name.trim(), marketId, ...(vendor ? { vendorId: vendor } : {}) } } });
      onClose();
    } catch {
      // Shown from `creating.error`.
    }
  }

  const nameProblem = fieldProblem('name', creating.error, blank, t('org.problems.name'));
  return (
    <Card title={t('org.teams.addTitle')} onSubmit={(event) => void submit(event)} testId="team-form">
      <div className={forms.form}>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('org.teams.name')}
            <input
              className="input"
              name="name"
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={nameProblem ? true : undefined}
            />
            <FieldHint problem={nameProblem} />
          </label>
          <label className={forms.field}>
            {t('org.teams.market')}
            <select
              className="select"
              name="market"
              value={marketId}
              onChange={(event) => setMarketId(event.target.value)}
            >
              {markets.map((market) => (
                <option key={market.id} value={market.id}>
                  {market.code} · {market.name}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t('org.teams.vendor')}
            {ownVendor ? (
              <select className="select" name="vendor" value={ownVendor.id} disabled>
                <option value={ownVendor.id}>{ownVendor.name}</option>
              </select>
            ) : (
              <select
                className="select"
                name="vendor"
                value={vendorId}
                onChange={(event) => setVendorId(event.target.value)}
              >
                <option value="">{t('org.teams.internal')}</option>
                {vendors.map((vendor) => (
                  <option key={vendor.id} value={vendor.id}>
                    {vendor.name}
                  </option>
                ))}
              </select>
            )}
          </label>
        </div>
        <OrgError error={creating.error} title={t('org.teams.failed')} />
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={creating.loading}>
            {t('org.teams.add')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('org.cancel')}
          </button>
        </div>
      </div>
    </Card>
  );
}
