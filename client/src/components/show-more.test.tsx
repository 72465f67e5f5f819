import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { LIST_MAX, LIST_PAGE, ShowMore, useListSize } from './show-more';

/** A list of `total` items the way a page shows a capped server list. */
function List({ total }: { total: number }) {
  const [filter, setFilter] = useState('a');
  const { first, more } = useListSize(filter);
  const shown = Math.min(total, first);
  return (
    <>
      <p>{`${shown} shown`}</p>
      <button type="button" onClick={() => setFilter('b')}>
        Other filter
      </button>
      <ShowMore shown={shown} first={first} loading={false} onMore={more} />
    </>
  );
}

const renderList = (total: number) =>
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <List total={total} />
    </I18nextProvider>,
  );

describe('ShowMore', () => {
  it('offers nothing when the whole list is shown', () => {
    renderList(LIST_PAGE - 1);
    expect(screen.getByText(`${LIST_PAGE - 1} shown`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('asks for a page more each time, up to the cap, then says the list is capped', async () => {
    renderList(1_000);
    for (let shown = LIST_PAGE; shown < LIST_MAX; shown += LIST_PAGE) {
      expect(screen.getByText(`${shown} shown`)).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    }
    expect(screen.getByText(`${LIST_MAX} shown`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(screen.getByText(/Showing the first 200/)).toBeInTheDocument();
    // Another filter starts from one page again.
    await userEvent.click(screen.getByRole('button', { name: 'Other filter' }));
    expect(screen.getByText(`${LIST_PAGE} shown`)).toBeInTheDocument();
  });
});
