import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { SetVendorPasswordSignInMutation } from './org-mutations';
import { VendorsSection } from './vendors-section';

const lumen = { __typename: 'Vendor' as const, id: 'v-l', name: 'Lumen BPO', passwordSignIn: true };

function renderSection(mocks: MockLink.MockedResponse[]) {
  // jsdom has no <dialog> methods: open and close set the attribute.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={mocks}>
        <VendorsSection vendors={[lumen]} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('VendorsSection', () => {
  it('asks before switching password sign-in off, explaining SSO only, and sends it when confirmed', async () => {
    let sent = false;
    const mocks = [
      {
        request: {
          query: SetVendorPasswordSignInMutation,
          variables: { input: { vendorId: 'v-l', enabled: false } },
        },
        result: () => {
          sent = true;
          return {
            data: {
              setVendorPasswordSignIn: {
                __typename: 'VendorPayload',
                vendor: { __typename: 'Vendor', id: 'v-l', passwordSignIn: false },
              },
            },
          };
        },
      },
    ];
    const user = renderSection(mocks);
    const toggle = screen.getByRole('switch', { name: 'Password sign-in for Lumen BPO' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    await user.click(toggle);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent('Switch password sign-in off for Lumen BPO?');
    expect(dialog).toHaveTextContent('single sign-on (SSO) only');
    expect(sent).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'SSO only', hidden: true }));
    await vi.waitFor(() => expect(sent).toBe(true));
  });
});
