import browser, { type Runtime } from 'webextension-polyfill';

// On a fresh install (not an update, not a browser restart), show the onboarding page once.
export async function openOnboardingOnInstall(details: Runtime.OnInstalledDetailsType): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL('onboarding.html') }).catch(() => undefined);
}
