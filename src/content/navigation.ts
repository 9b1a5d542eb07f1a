// LinkedIn is a single-page app: it moves between the feed, profiles and the invitation pages with
// history.pushState, so the content script (matched once, on document creation) has to notice
// in-app navigation itself. The Navigation API sees the page's own pushState/replaceState from
// the isolated world; popstate covers back/forward. Where the Navigation API is missing (older
// Firefox), a once-a-second look at location.href is the cheapest thing that still works.

type Listener = (url: string) => void;

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchNavigation(onChange: Listener): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  window.addEventListener('popstate', check);
  let timer: ReturnType<typeof setInterval> | undefined;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    navigation.addEventListener('navigatesuccess', check);
  } else {
    timer = setInterval(check, 1000);
  }
  return () => {
    window.removeEventListener('popstate', check);
    navigation?.removeEventListener('currententrychange', check);
    navigation?.removeEventListener('navigatesuccess', check);
    if (timer !== undefined) clearInterval(timer);
  };
}
