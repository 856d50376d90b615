import { rtmpHost, rtmpUrlProblem } from './rtmp-url';

/** What stands for a hidden stream key. */
const HIDDEN = '••••';

/**
 * An RTMP URL as screens may show it: scheme, host and app path kept, the stream key (the last path part) and
 * any query (auth tokens) hidden, so a screenshot or a shared screen never leaks a push key.
 */
export function maskRtmpUrl(url: string): string {
  if (rtmpUrlProblem(url)) return HIDDEN;
  const parsed = new URL(url);
  const parts = parsed.pathname.split('/');
  const app = parts.slice(0, -1).join('/');
  return `rtmp://${parsed.host}${app}/${HIDDEN}`;
}

/** The CDN host of a push URL (lower-cased), or the masked placeholder for something that is not one. */
export function cdnHostOf(url: string): string {
  return rtmpUrlProblem(url) ? HIDDEN : rtmpHost(url);
}
