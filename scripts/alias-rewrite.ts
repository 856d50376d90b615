import { dirname, join, relative, resolve, sep } from 'node:path';

/** A tsconfig `paths` alias as it lands in the emitted code: a specifier prefix and the folder its files are emitted to. */
export interface EmittedAlias {
  /** What specifiers start with, e.g. `@broadcast-core/`. */
  prefix: string;
  /** The output folder standing for the prefix. */
  dir: string;
}

/**
 * The emitted-code form of a tsconfig's wildcard `paths` (`"@x/*": ["./src/*"]`): where the first target
 * of each lands under `outDir`, given `rootDir`. Exact (non-wildcard) entries are not supported and are
 * reported, so a new kind of alias cannot slip through unrewritten.
 */
export function emittedAliases(paths: Readonly<Record<string, readonly string[]>>, pathsBase: string, rootDir: string, outDir: string): { aliases: EmittedAlias[]; unsupported: string[] } {
  const aliases: EmittedAlias[] = [];
  const unsupported: string[] = [];
  for (const [pattern, [target]] of Object.entries(paths)) {
    if (!pattern.endsWith('/*') || !target?.endsWith('/*')) {
      unsupported.push(pattern);
      continue;
    }
    const source = resolve(pathsBase, target.slice(0, -2));
    aliases.push({ prefix: pattern.slice(0, -1), dir: join(outDir, relative(rootDir, source)) });
  }
  return { aliases, unsupported };
}

// require("x") and import("x"): what tsc emits for imports and dynamic imports in CommonJS output.
const SPECIFIER = /\b(require|import)\((\s*)(["'])([^"'\n]+)\3(\s*)\)/g;

/** Result of rewriting one file. */
export interface Rewrite {
  code: string;
  /** Absolute paths (without extension) the rewritten specifiers point at, for an existence check. */
  targets: string[];
}

/**
 * Rewrites aliased specifiers in emitted CommonJS at `file` to relative ones, since tsc leaves `paths`
 * aliases as they are and Node would look for them in node_modules.
 */
export function rewriteAliases(code: string, file: string, aliases: readonly EmittedAlias[]): Rewrite {
  const targets: string[] = [];
  const rewritten = code.replace(SPECIFIER, (whole, call: string, before: string, quote: string, specifier: string, after: string) => {
    const alias = aliases.find((a) => specifier.startsWith(a.prefix));
    if (!alias) return whole;
    const target = join(alias.dir, specifier.slice(alias.prefix.length));
    targets.push(target);
    let path = relative(dirname(file), target).split(sep).join('/');
    if (!path.startsWith('.')) path = `./${path}`;
    return `${call}(${before}${quote}${path}${quote}${after})`;
  });
  return { code: rewritten, targets };
}
