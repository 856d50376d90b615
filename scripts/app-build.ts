import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { APPS, distDir, type AppName } from '../electron/app-files/static-files';
import { bin, ROOT, run, secondsSince } from './run-command';

// Where each app's build goes is the hosts' knowledge (they serve it); the build writes there.
export { APPS, distDir, type AppName };

/** What an app's build depends on: its project, the shared library and the workspace config. Specs are not inputs. */
export function buildInputs(app: AppName, root = ROOT): string[] {
  return [join(root, 'projects', app), join(root, 'projects', 'broadcast-core'), join(root, 'angular.json'), join(root, 'tsconfig.json')];
}

/** Every file under the given files or folders (missing ones are skipped). */
export function listFiles(paths: readonly string[], skip: (file: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (path: string): void => {
    if (!existsSync(path) || skip(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else {
      out.push(path);
    }
  };
  paths.forEach(visit);
  return out;
}

const isSpec = (file: string): boolean => /\.spec\.ts$/.test(file);

/** Why an app needs a build, or undefined when dist/<app> is newer than every input file. */
export function staleReason(app: AppName, root = ROOT): string | undefined {
  const outputs = listFiles([distDir(app, root)]);
  if (!outputs.some((f) => f.endsWith('index.html'))) return `dist/${app}/browser has no index.html`;
  const builtAt = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const newer = listFiles(buildInputs(app, root), isSpec).find((f) => statSync(f).mtimeMs > builtAt);
  return newer ? `${relative(root, newer)} changed since the last build` : undefined;
}

/** Names of output files (relative to dist/<app>) mapped to their bytes. */
export type DistFiles = ReadonlyMap<string, Buffer>;

/** A content-hashed build output name such as `main-AB12CD34.js`. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/**
 * Problems serving several apps from one HTTP root: any file name shared by
 * two apps, except index.html (routed per app), identical favicons, and
 * identical content-hashed files (same name, same bytes: either copy will do).
 */
export function distCollisions(apps: ReadonlyMap<string, DistFiles>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, { app: string; bytes: Buffer }>();
  for (const [app, files] of apps) {
    for (const [name, bytes] of files) {
      if (name === 'index.html') continue;
      const first = seen.get(name);
      if (!first) {
        seen.set(name, { app, bytes });
        continue;
      }
      const same = first.bytes.equals(bytes);
      if (!same) problems.push(`${name} differs between the ${first.app} and ${app} builds`);
      else if (!HASHED.test(name) && !/(^|\/)favicon\.ico$/.test(name)) problems.push(`${name} is an un-hashed file in both the ${first.app} and ${app} builds`);
    }
  }
  return problems;
}

/** Reads dist/<app> into a DistFiles map. */
function readDist(app: AppName): DistFiles {
  const dir = distDir(app);
  return new Map(listFiles([dir]).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f)]));
}

/** Options of buildApps(). */
export interface BuildOptions {
  /** Build even when dist is up to date. */
  force?: boolean;
}

/**
 * Production-builds each app whose dist is missing or older than its inputs,
 * then checks that the two browser outputs can share one HTTP root. Returns
 * false when a build or the check failed.
 */
export async function buildApps({ force = false }: BuildOptions = {}): Promise<boolean> {
  for (const app of APPS) {
    const reason = force ? 'forced' : staleReason(app);
    if (!reason) {
      console.log(`  ${app}: skipped, dist/${app}/browser is newer than every source file`);
      continue;
    }
    console.log(`  ${app}: building (${reason})`);
    const start = performance.now();
    const code = await run(bin('ng'), ['build', app], { ...process.env, NG_CLI_ANALYTICS: 'false' });
    if (code !== 0) {
      console.error(`  ${app}: ng build failed (exit ${code})`);
      return false;
    }
    console.log(`  ${app}: built in ${secondsSince(start)}`);
  }
  const problems = distCollisions(new Map(APPS.map((app) => [app, readDist(app)])));
  for (const p of problems) console.error(`  file name collision: ${p}`);
  return problems.length === 0;
}

// `tsx scripts/app-build.ts [--force]` (npm run build).
if (require.main === module) {
  void buildApps({ force: process.argv.includes('--force') }).then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
