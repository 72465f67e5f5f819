// First, so that component styles (CSS modules, imported below) override the base ones.
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createConcordApollo } from './app/apollo-client';
import { createTokenStore } from './features/auth/token-store';
import { createI18n } from './i18n/i18n';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n/languages';

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

const i18n = createI18n(
  detectLanguage(storedLanguage(), navigator.languages ?? [navigator.language]),
  window.localStorage,
);
const tokens = createTokenStore(window.localStorage);
const apollo = createConcordApollo({ tokens });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} apollo={apollo} tokens={tokens} />
  </StrictMode>,
);
