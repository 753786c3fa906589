// Launches headless Firefox ESR with WebDriver BiDi (no geckodriver), an offline profile, and the built extension.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BidiClient } from './bidi';
import { FIREFOX_PATH } from './browsers';
import { startFixtureProxy, type FixtureProxy } from './fixture-proxy';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
export const GECKO_ID = 'counterpoint@counterpoint.nz';

export interface ExtensionFirefox {
  bidi: BidiClient;
  proxy: FixtureProxy;
  /** Pinned moz-extension:// host, so tests can open extension pages. */
  extensionUuid: string;
  close(): Promise<void>;
}

/** Prefs that route all traffic through the fixture proxy and stop Firefox's own background requests. */
function userJs(proxyPort: number, uuid: string, extra: Record<string, string | number | boolean> = {}): string {
  const prefs: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Fixture pages are plain http; do not try https first.
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    // Firefox's own update and media-plugin checks (aus5.mozilla.org, update.googleapis.com) are not ours.
    'app.update.disabledForTesting': true,
    'app.update.checkInstallTime': false,
    'app.update.url': 'http://app-update.invalid/',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': 'http://gmp-manager.invalid/',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.newtabpage.enabled': false,
    'browser.region.network.url': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    // Honoured in release builds only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set when launching).
    'services.settings.server': 'http://remote-settings.invalid/v1',
    'extensions.blocklist.enabled': false,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'browser.search.update': false,
    'browser.topsites.contile.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.ping-centre.telemetry': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    // The test add-on is temporary (removed at shutdown); keep its data and address so a restart finds them,
    // as it would for an installed add-on.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    ...extra,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** Waits for Firefox to print "WebDriver BiDi listening on ws://..." and returns that address. */
function bidiEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi address:\n${log}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi started:\n${log}`));
    });
  });
}

export interface FirefoxOptions {
  /** Reuse (and keep) this profile, e.g. to test what survives a restart; pass the same extensionUuid again. */
  profile?: string;
  extensionUuid?: string;
  /** More pages the proxy serves, by address. */
  pages?: (url: string) => string | null;
  /** More user.js prefs (after the defaults above). */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<ExtensionFirefox> {
  const proxy = await startFixtureProxy(options.pages);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'counterpoint-firefox-'));
  const extensionUuid = options.extensionUuid ?? randomUUID();
  writeFileSync(join(profile, 'user.js'), userJs(proxy.port, extensionUuid, options.prefs));
  const child = spawn(
    FIREFOX_PATH,
    ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--no-remote', '--profile', profile],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } },
  );
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await proxy.close();
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  };
  try {
    const bidi = await BidiClient.connect(await bidiEndpoint(child));
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIST } });
    return {
      bidi,
      proxy,
      extensionUuid,
      async close() {
        await bidi.send('session.end').catch(() => undefined);
        bidi.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Opens a new tab, loads `url` and returns the tab's browsing-context id. */
export async function openTab(bidi: BidiClient, url: string): Promise<string> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  return context;
}

/** Polls an expression in a tab until it is truthy; false if it never was within the time given. */
export async function waitUntil(bidi: BidiClient, context: string, expression: string, ms = 15_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await bidi.evaluate<boolean>(context, `Boolean(${expression})`)) return true;
  }
  return false;
}
