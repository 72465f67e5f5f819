import { act, render, screen } from '@testing-library/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAddressParams, type ParamsChange } from './address-params';

const adding =
  (name: string, value: string): ParamsChange =>
  (current) => {
    const next = new URLSearchParams(current);
    next.set(name, value);
    return next;
  };

const probe: { update?: (change: ParamsChange) => void } = {};

function Probe() {
  const [params, update] = useAddressParams();
  useEffect(() => {
    probe.update = update;
  }, [update]);
  return <p data-testid="params">{params.toString()}</p>;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useAddressParams', () => {
  it('builds a second change on the first even before the page has re-rendered with it', async () => {
    window.history.replaceState(null, '', '/list?group=none');
    render(<RouterProvider router={createBrowserRouter([{ path: '/list', element: <Probe /> }])} />);
    expect(screen.getByTestId('params')).toHaveTextContent('group=none');

    await act(async () => {
      probe.update!(adding('group', 'policy'));
      // The router has written the address by now, but React renders only when act ends:
      // the probe (and its `update`) still hold the first render's params.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(window.location.search).toBe('?group=policy');
      probe.update!(adding('markets', 'it-IT'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

    expect(window.location.search).toBe('?group=policy&markets=it-IT');
    expect(screen.getByTestId('params')).toHaveTextContent('group=policy&markets=it-IT');
  });
});
