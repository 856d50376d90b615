import { startBrowserHostProcess, type BrowserHostProcess } from '../browser-host-process';

/** The browser host the chaos run plays against, with the sandbox's rehearsal scenario (guests in the console's room, userB and userC ready for a PK). */
export function startChaosHost(scenario = 'rehearsal'): Promise<BrowserHostProcess> {
  return startBrowserHostProcess(['--scenario', scenario]);
}

/** The bridge's WebSocket URL for a window URL the host printed, with that URL's token (control or view). */
export function bridgeUrlOf(pageUrl: string): string {
  const page = new URL(pageUrl);
  return `ws://${page.host}/bridge?token=${page.searchParams.get('token') ?? ''}`;
}
