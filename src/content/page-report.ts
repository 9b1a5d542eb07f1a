import { invitationsArea, pageReport } from '../linkedin/page-report';
import { pageKindOf } from '../linkedin/pages';
import { api } from './platform';
import { world } from './world';

// page-report.js: added to a LinkedIn tab by the background only when the popup asks for a page
// report (background/handlers.ts), then called there. The anonymised snapshot a user can attach to
// a bug report when we recognised nothing: never sent anywhere by us (the user copies it).

world.knowTrustPageReport = () => {
  const page = pageKindOf(location.pathname);
  const area = invitationsArea(document, page);
  const snapshot = area ? pageReport(area) : { text: '', truncated: false };
  const header = [
    'Know & Trust page report',
    `version: ${api.runtime.getManifest().version}`,
    `page: ${page}`,
    `lang: ${document.documentElement.lang || '(none)'}`,
    `area: ${area ? area.tagName.toLowerCase() : '(none found)'}`,
    '',
  ].join('\n');
  return { text: header + snapshot.text, truncated: snapshot.truncated };
};
