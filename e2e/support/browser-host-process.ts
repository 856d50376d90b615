import { startBrowserHostProcess, type WindowPath } from '../../scripts/browser-host-process';

/** A browser host started for one test. */
export interface HostProcess {
  /** The console URL with its control token, as the host printed it. */
  url: string;
  /** The URL the host printed for a window: the console's (control), the preview's and the wall's (view only). */
  page(path: WindowPath): string;
  /** SIGTERM, then wait for the clean shutdown (room exit first). */
  stop(): Promise<void>;
}

/**
 * Starts `electron/browser-host/main.ts` with a scenario (on a free port unless `args` names one, with any
 * other options in `args`), and waits for the URLs it prints.
 */
export async function startHostProcess(scenario: string, args: readonly string[] = []): Promise<HostProcess> {
  const host = await startBrowserHostProcess(['--scenario', scenario, ...args]);
  return {
    url: host.urls['/'],
    page: (path) => host.urls[path],
    stop: async () => {
      await host.stop();
    },
  };
}
