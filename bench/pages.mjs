// The LinkedIn-shaped pages the benchmark serves, generated from the 2026 fixture so detection meets
// the markup it is tested on: the invitation manager (its list emptied, then filled by the in-page
// driver with clones of the fixture's first card, one unique person each) and a feed-shaped page
// with no invitation at all, and a member's profile with none pending. All carry the widgets the mutation storms update and the driver
// (bench/page/harness.js) inline, in the page's own world.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { FIXTURE_DIR, fixtureDocument } from '../tests/helpers/fixture-files.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HARNESS = fs.readFileSync(path.join(HERE, 'page', 'harness.js'), 'utf8');
const FIXTURE = 'fixture-sdui-2026.html';

/** Where each generated page is served; the query says which variant (LinkedIn ignores it). */
export const INVITATIONS_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
export const FEED_URL = 'https://www.linkedin.com/feed/';
/** A member's profile that shows no pending invitation (the connectable state): most profiles the user opens. */
export const PROFILE_URL = 'https://www.linkedin.com/in/mira-castellanos-8b1f2e/';
/** Where the fixture's pictures are (a host that cannot resolve): the bench blocks it inside Chromium. */
export const PICTURES_ORIGIN = 'https://media.licdn.invalid';

// The fixture's first card (a plain pending invitation) and the strings in it that make it one
// person: each becomes a placeholder the driver fills per card.
const PERSON = [
  ['Priya Raman', '{{NAME}}'],
  ['priya-raman-4b2a1c', '{{SLUG}}'],
  ['/priya/', '/{{SLUG}}/'],
  ['7345678901234567001', '{{ID}}'],
  ['4d1e7c', '{{KEY}}'],
];

function fixtureDom() {
  return new JSDOM(fixtureDocument(FIXTURE));
}

/** The first card's wrapper as HTML with placeholders; throws if the fixture no longer has it. */
export function cardTemplate() {
  const { document } = fixtureDom().window;
  const card = document.querySelector('[data-testid="lazy-column"] [role="listitem"][componentkey^="urn:li:invitation:"]');
  let html = card?.parentElement?.outerHTML;
  if (!html) throw new Error(`${FIXTURE} has no invitation card in its lazy column: the benchmark cannot build its pages`);
  for (const [from, to] of PERSON) {
    if (!html.includes(from)) throw new Error(`${FIXTURE}'s first card no longer contains "${from}": update bench/pages.mjs`);
    html = html.replaceAll(from, to);
  }
  // Anything else the card loads would be a request per card sent to Node while a run is timed.
  for (const [, src] of html.matchAll(/\ssrc="([^"]*)"/g)) {
    if (!src?.startsWith(`${PICTURES_ORIGIN}/`)) throw new Error(`${FIXTURE}'s first card loads ${src}: block it in bench/browser.mjs`);
  }
  return html;
}

/** A widget the storms update: a counter and a list of live items (a chat, a feed post's comments). */
function stormWidget(title, items) {
  const lis = Array.from({ length: items }, (_, i) => `<li>${title} item ${i}</li>`).join('');
  return (
    `<section data-bench-storm class="_b3e0c1d2"><h3 class="_2f8e0b51">${title}</h3>` +
    `<span data-bench-counter class="_5a91c0e8">0</span><ul class="_90ac4e13">${lis}</ul></section>`
  );
}

/** LinkedIn's global navigation and messaging overlay, present on every page of the site. */
function globalChrome() {
  const nav = ['Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business', 'Learning']
    .map(
      (label) =>
        `<li class="_1c2d3e4f"><a href="https://www.linkedin.com/" class="_6a7b8c9d"><svg width="24" height="24" aria-hidden="true"></svg><span>${label}</span></a></li>`,
    )
    .join('');
  const header = `<header class="_0e1f2a3b" id="global-nav"><nav aria-label="Primary Navigation"><ul class="_4b5c6d7e">${nav}</ul></nav></header>`;
  const overlay = `<aside class="_7f8e9d0c" id="msg-overlay" aria-label="Messaging">${stormWidget('Messaging', 20)}</aside>`;
  return { header, overlay };
}

function driverScripts(config) {
  // `<` escaped so no card text can close the script element early.
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<script>window.__benchConfig = ${json};</script>\n<script>${HARNESS}</script>`;
}

/**
 * The invitation manager as the 2026 fixture draws it, with an empty list (the driver fills it,
 * with `prefill` cards at load if asked), a sidebar and a messaging overlay that the storm updates.
 */
export function invitationsPage({ prefill = 0 } = {}, template = cardTemplate()) {
  const dom = fixtureDom();
  const { document } = dom.window;
  const column = document.querySelector('[data-testid="lazy-column"]');
  for (const child of [...column.children]) if (child.getAttribute('data-testid') !== 'loader') child.remove();
  for (const comment of [...column.childNodes]) if (comment.nodeType === 8) comment.remove();
  document.querySelector('aside').insertAdjacentHTML('beforeend', stormWidget('Notifications', 10) + stormWidget('Recent activity', 10));
  const { header, overlay } = globalChrome();
  document.body.insertAdjacentHTML('afterbegin', header);
  document.body.insertAdjacentHTML('beforeend', overlay + driverScripts({ cardTemplate: template, prefill }));
  return dom.serialize();
}

/**
 * A feed-shaped page: posts with reactions and comments, a news rail, no invitation anywhere. With
 * 80 posts it has about 2,300 elements, as many as the invitation manager with 100 cards (the real
 * feed, scrolled a while, has several times more: a whole-document rescan only gets dearer there).
 */
export function feedPage({ posts = 80 } = {}) {
  const { header, overlay } = globalChrome();
  const post = (i) => `<div class="_f1e2d3c4" data-id="urn:li:activity:${7300000000000000000n + BigInt(i)}">
  <div class="_a1b2c3d4"><a href="https://www.linkedin.com/in/author-${i}/" class="_e5f6a7b8"><img width="48" height="48" alt=""></a>
    <div class="_c9d0e1f2"><span class="_3a4b5c6d">Author ${i}</span><span class="_7e8f9a0b">Headline of author ${i}</span><span class="_1c2d3e4f">${i}h • Edited</span></div></div>
  <div class="_5a6b7c8d"><span dir="ltr">Post ${i}: a few sentences about work, a link, and some hashtags #data #engineering #hiring.</span></div>
  <div class="_9e0f1a2b"><img width="552" height="300" alt=""></div>
  ${stormWidget(`Post ${i} comments`, 3)}
  <div class="_3c4d5e6f"><button type="button"><span>Like</span></button><button type="button"><span>Comment</span></button><button type="button"><span>Repost</span></button><button type="button"><span>Send</span></button></div>
</div>`;
  const feed = Array.from({ length: posts }, (_, i) => post(i)).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body>
${header}
<div class="_0a9e31f7"><aside class="_a27c51de" aria-label="Your profile"><h2>Your profile</h2></aside>
<main class="_c90e7a35" aria-label="Main Feed">${feed}</main>
<aside class="_b8c7d6e5" aria-label="LinkedIn News">${stormWidget('LinkedIn News', 8)}</aside></div>
${overlay}
${driverScripts({ cardTemplate: cardTemplate(), prefill: 0 })}
</body></html>
`;
}

/**
 * The profile of a member the user can invite (tests/fixtures/linkedin/profile/
 * profile-connectable-en.html: top card with Connect, Follow and More, a sticky header, rails with
 * other people's cards and Accept/Ignore), its activity grown with 40 of the feed's posts, plus the
 * global navigation and the bench driver. Where the loader looks for a pending invitation and must
 * find none.
 */
export function profilePage() {
  const html = fs.readFileSync(path.join(FIXTURE_DIR, 'profile', 'profile-connectable-en.html'), 'utf8');
  const feed = feedPage({ posts: 40 });
  const posts = feed.slice(feed.indexOf('<main'), feed.indexOf('</main>'));
  const activity = posts.slice(posts.indexOf('>') + 1);
  const { header, overlay } = globalChrome();
  return html
    .replace(/<body([^>]*)>/, `<body$1>\n${header}`)
    .replace('</main>', `<section aria-label="Activity">${activity}</section></main>`)
    .replace('</body>', `${overlay}\n${driverScripts({ cardTemplate: cardTemplate(), prefill: 0 })}\n</body>`);
}
