import '@mocharaka/satisfaction/mocharaka-satisfaction.js';
import type {} from '@mocharaka/satisfaction/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const endpoint = new URLSearchParams(location.search).get('endpoint') ?? '/v1';

function App() {
  const [receipt, setReceipt] = useState('');
  return (
    <main>
      <h1>Votre avis</h1>
      {/* `endpoint` and `service` are set as properties by React 19; the event prop is `on` + the event's name. */}
      <mocharaka-satisfaction
        endpoint={endpoint}
        service="civil-status"
        lang="fr"
        onmocharaka-satisfaction-rated={(event) => setReceipt(`${event.detail.serviceId}:${event.detail.level}:${event.detail.id}`)}
      >
        <a href="/contact">Donnez votre avis</a>
      </mocharaka-satisfaction>
      {/* @ts-expect-error the typings know the modes: a typo does not compile */}
      <mocharaka-satisfaction mode="sideways" hidden />
      <output id="receipt">{receipt}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
