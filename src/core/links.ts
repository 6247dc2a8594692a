// Anything a chat app may turn into a link: any scheme ("HTTPS://", "tg://", "zalo://"), "www.", "t.me/", and a bare
// domain ("evil-bhyt.vn/pay").
const LINK =
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s)"'<>]+|\bwww\.[^\s)"'<>]+|\bt\.me\/[^\s)"'<>]*|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|me|io|info|biz|co|xyz|app|link|site|online|top|shop)\b(?:\/[^\s)"'<>]*)?/giu;

/** Every link-like run in a text, a sentence's closing punctuation left out. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(LINK)].map(([match]) => match.replace(/[.,;:!?]+$/, ""));
}

/** The text with every link-like run replaced by a mark, so quoting it cannot put a clickable link in front of staff. */
export function withoutLinks(text: string, mark = "[link]"): string {
  return text.replace(LINK, mark);
}

// Only an http(s) link to an allowed site, written out or bare, passes; any other scheme never does.
/** True for an http(s) link to a host (and path) on the allowlist; any other scheme never passes. */
export function isAllowedLink(link: string, allowed: readonly string[]): boolean {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(link) ? link : `https://${link}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  return allowed.some((ok) => {
    const site = new URL(ok);
    return (
      url.protocol === site.protocol &&
      url.host === site.host &&
      (url.pathname + url.search).startsWith(site.pathname.replace(/\/$/, ""))
    );
  });
}
