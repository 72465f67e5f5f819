import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `pnpm test` runs the client's tests beside the e2e and integration suites on two cores,
// where a render that takes 200 ms alone can take over a second: testing-library's
// default 1 s for findBy/waitFor then fails a test that is right. The wait ends as soon as
// the element appears, so a longer limit costs nothing when it passes.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
