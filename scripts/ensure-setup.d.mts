// Types of scripts/ensure-setup.mjs (plain Node so it runs before the dependencies are installed) for TypeScript callers.
export type BrowserPackage = 'chromium' | 'firefox-esr';
export const BROWSERS: Record<BrowserPackage, { label: string; env: string; path: string }>;
export function browserPath(pkg: BrowserPackage, env?: Record<string, string | undefined>): string;
export function dependenciesStale(root?: string): string | null;
export function isExecutable(path: string): boolean;
export function browserPlan(
  wanted: BrowserPackage[],
  options: { env?: Record<string, string | undefined>; isRoot: boolean; isDebian: boolean; executable?: (path: string) => boolean },
): { install: BrowserPackage[]; stop: string | null };
