// Toolbar popup (initial version): names the extension and says what it knows about the current tab.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';

/** What the popup can say about the tab before the engine reports anything. */
function describeTab(url: string | undefined): string {
  if (!url) return 'Open a news article on RNZ, the NZ Herald, Newshub or Stuff.';
  const { hostname } = new URL(url);
  return `No margin notes for ${hostname} yet.`;
}

function Popup() {
  const [status, setStatus] = useState('Checking this tab…');
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setStatus(describeTab(tab?.url)))
      .catch(() => setStatus(describeTab(undefined)));
  }, []);
  return (
    <main style={{ font: '14px/1.4 system-ui, sans-serif', width: '18rem', padding: '0.5rem' }}>
      <h1 style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>Counterpoint</h1>
      <p data-testid="tab-status" role="status">
        {status}
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
