import browser from 'webextension-polyfill';

// The storage areas the background keeps its data in, in one place: core/storage-items.ts declares
// the keys, this module says where they live. Every reader and writer of the store goes through
// `storageAreas`, so that the place can change (per browser) without touching the store's logic.

export const storageAreas = browser.storage;
