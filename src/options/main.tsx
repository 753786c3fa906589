// Options page: other-site permission (foundation) and the reader's saved claims (src/ui/options).
/// <reference types="vite/client" />
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { browserOptionsApi } from '../ui/options/api';
import { SavedClaims } from '../ui/options/saved-claims';
import '../ui/options/options.css';

/** Matches optional_host_permissions in manifest.json. */
const OTHER_SITES = { origins: ['*://*/*'] };

function Options() {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains(OTHER_SITES).then(setGranted, () => setGranted(false));
  }, []);
  // permissions.request must run directly in the click handler (it needs the user's gesture).
  const request = () => {
    browser.permissions.request(OTHER_SITES).then(setGranted, () => setGranted(false));
  };
  const revoke = () => {
    browser.permissions.remove(OTHER_SITES).then((removed) => setGranted(!removed), () => undefined);
  };
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '2rem auto' }}>
      <h1>Counterpoint options</h1>
      <h2>Other sites</h2>
      <p>
        Counterpoint reads pages on RNZ, the NZ Herald, Newshub and Stuff. To check articles republished on other
        sites, allow it to read pages you open anywhere. Nothing leaves your computer either way.
      </p>
      <p role="status">
        {granted === null ? 'Checking…' : granted ? 'Allowed on other sites.' : 'Only the four news sites.'}
      </p>
      {granted ? (
        <button type="button" onClick={revoke}>
          Stop reading other sites
        </button>
      ) : (
        <button type="button" onClick={request}>
          Allow on other sites
        </button>
      )}
      <SavedClaims api={browserOptionsApi} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
