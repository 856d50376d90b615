/** The most CDN URLs one task publishes to (trtc.d.ts startPublishMediaStream: "最多同时 10 个"). */
export const MAX_CDN_URLS = 10;

/**
 * Why a string is not a push URL TRTC accepts, or undefined when it is one: TRTCPublishCdnUrl.rtmpUrl
 * "必须为 RTMP 格式", so the scheme is rtmp:// and a host is required.
 */
export function rtmpUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'rtmpUrl must be a non-empty string';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `rtmpUrl "${value}" is not a URL`;
  }
  if (url.protocol !== 'rtmp:') return `rtmpUrl "${value}" must start with rtmp://`;
  if (url.hostname === '') return `rtmpUrl "${value}" has no host`;
  return undefined;
}

/** The host of a URL that passed rtmpUrlProblem, lower-cased (what a CDN fault is aimed at). */
export function rtmpHost(url: string): string {
  return new URL(url).hostname.toLowerCase();
}
