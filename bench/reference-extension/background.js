// Empty on purpose. The benchmark's launcher (scripts/chromium.mjs) learns an extension's id from
// its service worker, so the reference needs one; it does nothing and costs nothing on the page.
