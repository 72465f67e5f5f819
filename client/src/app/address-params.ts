import { useCallback } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

export type ParamsChange = (current: URLSearchParams) => URLSearchParams;

/**
 * `useSearchParams`, with changes built on the address as it is now. React Router's own
 * functional form hands the updater the params of the last render, and the router renders a
 * new address in a transition: a second change made before that render (a market ticked just
 * after a grouping was picked) is built on the old address and undoes the first. The address
 * bar is the newest state there is, so the change reads it.
 */
export function useAddressParams(): [URLSearchParams, (change: ParamsChange, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (change: ParamsChange, options?: NavigateOptions) =>
      setParams(change(new URLSearchParams(window.location.search)), options),
    [setParams],
  );
  return [params, update];
}
