// NgRx's ActionsSubject needs the JIT compiler outside an Angular app; load it before anything imports @ngrx/store.
import '@angular/compiler';

import { workerEngineLauncher } from '../engine/pairs/worker-engine';
import { findScenario, scenarioNames } from '../sandbox/scenarios/built-in-scenarios';
import { startConsoleSession, type EngineChoice } from '../session/start-console-session';
import { startBrowserHost } from './browser-host';
import { isLoopback, parseHostOptions } from './cli-options';
import { hostTls } from './host-tls';
import { tokensFromFile } from './token-file';
import { appDirs } from '../app-files/static-files';

/** Runs an engine choice in a worker thread of this process; only the sandbox runs here (Tencent's SDK needs Electron). */
function workerLauncherFor(choice: EngineChoice) {
  if (choice.kind !== 'sandbox') throw new Error("the browser host runs the sandbox cloud only: Tencent's SDK needs the desktop app");
  return workerEngineLauncher({ scenario: choice.scenario, seed: choice.seed });
}

/** Starts the console on the sandbox cloud: `npm start -- [--port N] [--host ADDRESS] [--scenario NAME] [--token-file PATH]`. */
async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  const scenario = findScenario(options.scenario);
  if (!scenario) throw new Error(`unknown scenario "${options.scenario}"; known: ${scenarioNames().join(', ')}`);
  if (!isLoopback(options.host)) {
    console.warn(`WARNING: binding ${options.host} exposes the console beyond this machine (over HTTPS); anyone with the control token can drive it.`);
  }
  // Read before anything starts: a token file or certificate that cannot be trusted stops the launch with its reason.
  const tokens = options.tokenFile ? tokensFromFile(options.tokenFile) : undefined;
  const tls = await hostTls(options);
  const session = startConsoleSession({ engine: { kind: 'sandbox', scenario: scenario.name }, launcherFor: workerLauncherFor });
  session.supervisor.notices$.subscribe((notice) => {
    if (notice.kind === 'lost') console.warn(`Engine lost: ${notice.reason}; restarting in ${notice.restartInMs} ms`);
  });
  const host = await startBrowserHost({ host: options.host, port: options.port, dirs: appDirs(), session, tokens, tls });
  console.log(`Broadcaster Console on the sandbox cloud (scenario "${scenario.name}": ${scenario.description})`);
  console.log(`Open (control): ${host.urls.console}`);
  console.log(`Preview (view only): ${host.urls.preview}`);
  console.log(`Wall (view only): ${host.urls.wall}`);
  if (tls) console.log(`HTTPS certificate SHA-256 fingerprint: ${tls.fingerprint} (${options.cert ? options.cert : 'self-signed for this launch: check it when the browser asks'})`);
  if (options.tokenFile) console.log(`Tokens kept in ${options.tokenFile}: open windows reconnect by themselves after a restart.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: leaving the room and shutting down`);
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
