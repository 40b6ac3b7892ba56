import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from './i18n';
import './stores/session';
import { App } from './App';
import './styles/base.css';
import './styles/frame.css';
import './styles/forms.css';
import './styles/catalogue.css';
import './styles/schedule.css';
import './styles/hall.css';
import './styles/matching.css';
import './styles/outcomes.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// English texts are a chunk of their own: draw the first page once the reader's language is in.
void languageReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
