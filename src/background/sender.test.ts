import { describe, expect, it } from 'vitest';
import { classifySender } from './sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const BASE = `${ORIGIN}/`;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe('classifySender', () => {
  it('recognises the popup and options page by their extension origin', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}/popup.html?tab=3` }, ID, BASE)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: ID, origin: ORIGIN, tab, frameId: 0 } as never, ID, BASE)).toEqual({ kind: 'extension-page' });
  });
  it('recognises a content script in a LinkedIn tab and takes the tab id from the browser', () => {
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com/mynetwork/', tab, frameId: 0 }, ID, BASE)).toEqual({
      kind: 'content-script',
      tabId: 7,
    });
  });
  it('drops other extensions, subframes and senders without a tab', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}/popup.html` }, ID, BASE)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com/', tab, frameId: 3 }, ID, BASE)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com/' }, ID, BASE)).toBeNull();
  });
  it('does not take a look-alike URL for an extension page', () => {
    expect(classifySender({ id: ID, url: `https://evil.example/${ORIGIN}/popup.html`, tab, frameId: 0 }, ID, BASE)).toEqual({
      kind: 'content-script',
      tabId: 7,
    });
  });
});
