import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { EmptyState } from '../../components/query-state';
import { Table, TableHead } from '../../components/table';
import type { VendorRow_VendorFragment } from '../../gql/graphql';
import { NameForm } from './name-form';
import { useCreateVendor, useSetVendorPasswordSignIn, useUpdateVendor } from './org-mutations';
import styles from './org.module.css';

/** Vendors (platform admins): add one, rename one, and switch its people's password sign-in. */
export function VendorsSection({ vendors }: { vendors: readonly VendorRow_VendorFragment[] }) {
  const { t } = useTranslation();
  const [create, creating] = useCreateVendor();
  const [update, updating] = useUpdateVendor();
  const [setPasswordSignIn, switching] = useSetVendorPasswordSignIn();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [asking, setAsking] = useState<VendorRow_VendorFragment | null>(null);

  const confirmSwitch = async () => {
    const vendor = asking;
    setAsking(null);
    if (!vendor) return;
    try {
      await setPasswordSignIn({ variables: { input: { vendorId: vendor.id, enabled: !vendor.passwordSignIn } } });
    } catch {
      // Shown from `switching.error`.
    }
  };

  return (
    <Card
      title={t('org.vendors.title')}
      note={t('org.vendors.count', { count: vendors.length })}
      lead={t('org.vendors.lead')}
      testId="org-vendors"
    >
      <div className={styles.addRow}>
        <NameForm
          label={t('org.vendors.newName')}
          submitLabel={t('org.vendors.add')}
          failedTitle={t('org.vendors.failed')}
          error={creating.error}
          busy={creating.loading}
          onSubmit={(name) => create({ variables: { input: { name } } })}
          testId="add-vendor"
        />
      </div>
      {switching.error ? <ErrorAlert error={switching.error} title={t('org.vendors.switchFailed')} /> : null}
      {vendors.length === 0 ? (
        <EmptyState>{t('org.vendors.empty')}</EmptyState>
      ) : (
        <Table label={t('org.vendors.title')}>
          <TableHead
            columns={[
              { label: t('org.vendors.name') },
              { label: t('org.vendors.passwordSignIn') },
              { label: t('org.actions'), hidden: true },
            ]}
          />
          <tbody>
            {vendors.map((vendor) => (
              <tr key={vendor.id} data-testid="vendor-row" data-name={vendor.name}>
                {renaming === vendor.id ? (
                  <td colSpan={3}>
                    <NameForm
                      label={t('org.vendors.renameLabel', { name: vendor.name })}
                      initial={vendor.name}
                      submitLabel={t('org.save')}
                      failedTitle={t('org.vendors.failed')}
                      error={updating.error}
                      busy={updating.loading}
                      onSubmit={async (name) => {
                        await update({ variables: { input: { vendorId: vendor.id, name } } });
                        setRenaming(null);
                      }}
                      onCancel={() => setRenaming(null)}
                    />
                  </td>
                ) : (
                  <>
                    <th scope="row">{vendor.name}</th>
                    <td>
                      <button
                        type="button"
                        role="switch"
                        className={styles.switch}
                        aria-checked={vendor.passwordSignIn}
                        aria-label={t('org.vendors.switchLabel', { name: vendor.name })}
                        disabled={switching.loading}
                        onClick={() => setAsking(vendor)}
                      >
                        <span className={styles.switchTrack} aria-hidden="true" />
                        <span>{vendor.passwordSignIn ? t('org.vendors.passwordOn') : t('org.vendors.ssoOnly')}</span>
                      </button>
                    </td>
                    <td>
                      <div className={styles.rowActions}>
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={t('org.renameOf', { name: vendor.name })}
                          onClick={() => {
                            updating.reset();
                            setRenaming(vendor.id);
                          }}
                        >
                          {t('org.rename')}
                        </button>
                      </div>
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t(asking?.passwordSignIn ? 'org.vendors.offTitle' : 'org.vendors.onTitle', { name: asking?.name ?? '' })}
        confirmLabel={t(asking?.passwordSignIn ? 'org.vendors.offConfirm' : 'org.vendors.onConfirm')}
        cancelLabel={t('org.cancel')}
        destructive={asking?.passwordSignIn ?? false}
        onConfirm={() => void confirmSwitch()}
        onCancel={() => setAsking(null)}
      >
        <p>{t(asking?.passwordSignIn ? 'org.vendors.offText' : 'org.vendors.onText', { name: asking?.name ?? '' })}</p>
      </ConfirmDialog>
    </Card>
  );
}
