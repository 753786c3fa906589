// Injected by the background only when the gate passes: hosts the extension's UI in its own shadow root.
// Initial version: shows a small status; the sidebar replaces it.

const TAG = 'counterpoint-root';

function mount(): void {
  // Injection can happen twice (a second gate message, an extension reload); one host is enough.
  if (document.querySelector(TAG)) return;
  const host = document.createElement(TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; }
    .status { font: 12px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff8e1;
      border: 1px solid #c9a227; border-radius: 12px; padding: 2px 10px; }
  `;
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.textContent = 'Counterpoint: checking this article';
  shadow.append(style, status);
  document.documentElement.append(host);
}

mount();
