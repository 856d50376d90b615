/** How the browser host was asked to run. */
export interface HostOptions {
  port: number;
  host: string;
  scenario: string;
  /** Where the access tokens are kept across launches; fresh tokens every launch when absent. */
  tokenFile?: string;
  /** PEM certificate and key for HTTPS; a self-signed one is made beyond loopback when absent. */
  cert?: string;
  key?: string;
}

/** Defaults: loopback only, a fixed port a producer can bookmark, the rehearsal scenario. */
export const DEFAULT_HOST_OPTIONS: HostOptions = { port: 4300, host: '127.0.0.1', scenario: 'rehearsal' };

const USAGE = 'usage: npm start -- [--port N] [--host ADDRESS] [--scenario NAME] [--token-file PATH] [--cert PEM --key PEM]';

/** Parses `--port`, `--host`, `--scenario`, `--token-file`, `--cert` and `--key` (as `--x v` or `--x=v`); throws a usage error on anything else. */
export function parseHostOptions(argv: readonly string[]): HostOptions {
  const options = { ...DEFAULT_HOST_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`${flag} needs a value. ${USAGE}`);
    switch (flag) {
      case '--port': {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got "${value}"`);
        options.port = port;
        break;
      }
      case '--host':
        options.host = value;
        break;
      case '--scenario':
        options.scenario = value;
        break;
      case '--token-file':
        options.tokenFile = value;
        break;
      case '--cert':
        options.cert = value;
        break;
      case '--key':
        options.key = value;
        break;
      default:
        throw new Error(`unknown option "${flag}". ${USAGE}`);
    }
  }
  if ((options.cert === undefined) !== (options.key === undefined)) throw new Error(`--cert and --key go together. ${USAGE}`);
  return options;
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
