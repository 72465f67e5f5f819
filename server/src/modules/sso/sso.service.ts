import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { Vendor } from '../identity/vendor.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { notFound } from '../shared/errors.js';
import { retryingTransaction } from '../shared/transaction.js';
import type { SetVendorPasswordSignInInput, SignInOptions } from './sso.types.js';

/** What the sign-in page asks, and the admins' switch of password sign-in per vendor. */
export class SsoService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
    private readonly trail: AuditTrail,
  ) {}

  signInOptions(): SignInOptions {
    const sso = this.config.OIDC_ISSUER
      ? { label: this.config.OIDC_LABEL ?? null, startUrl: '/auth/oidc/start' }
      : null;
    return { sso, passwordSignIn: this.config.PASSWORD_SIGN_IN };
  }

  async setVendorPasswordSignIn(input: SetVendorPasswordSignInInput) {
    return retryingTransaction(this.em, async (tx) => {
      const vendor = await tx.findOne(Vendor, input.vendorId);
      if (!vendor) throw notFound('Vendor', input.vendorId);
      if (vendor.passwordSignIn !== input.enabled) {
        this.trail.add(tx, {
          action: AuditAction.VENDOR_UPDATED,
          vendorId: vendor.id,
          target: { type: 'Vendor', id: vendor.id, label: vendor.name },
          before: { passwordSignIn: vendor.passwordSignIn },
          after: { passwordSignIn: input.enabled },
        });
        vendor.passwordSignIn = input.enabled;
      }
      return { vendor };
    });
  }
}
