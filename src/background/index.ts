// Background entry (Chrome service worker / Firefox event page): only registers listeners from its modules.
// Listeners must be registered synchronously at start-up so a woken worker sees the event that woke it.
import { registerInjectMain } from './inject-main';
// Store, messages, badge, commands and context menu (see handlers.ts).
import { registerHandlers } from './handlers';
// The gate on origins the reader granted ("other sites" in the options page).
import { registerOtherSites } from './other-sites';

registerInjectMain();
registerHandlers();
void registerOtherSites();
