import * as z from 'zod';

import { RULE_MESSAGES, isRuleName, type RuleName } from '../bridge/rule-messages';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { cdnTargetsSchema, parseCdnTargets } from './cdn-targets';

/** How the wall arranges remote anchors. */
export const WALL_LAYOUTS = ['grid', 'pk-split', 'spotlight', 'program'] as const;

/** One of the wall layouts. */
export type WallLayout = (typeof WALL_LAYOUTS)[number];

/**
 * Window-local choices that outlive a reload and are shared by the console's
 * windows through storage: never room state, which only the broker writes.
 */
export const preferencesShape = {
  language: z.enum(['en', 'zh-CN']),
  /** The control panel shows the local preview inside itself instead of in its own window. */
  previewDocked: z.boolean(),
  wallLayout: z.enum(WALL_LAYOUTS),
  /** The wall's tile order, by userId; users not listed follow in arrival order. */
  wallOrder: z.array(z.string().max(32)).max(200),
  /** The user the spotlight layout shows big; null picks the loudest. */
  spotlightUserId: z.string().max(32).nullable(),
  /** Where to fetch a userSig for Tencent's cloud (GET, answers `{ "userSig": "…" }`); empty for none. */
  tokenUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'tokenUrl' satisfies RuleName })]),
  /** The CDN push targets of the Go live panel, with their stream keys (shown masked). */
  cdnTargets: cdnTargetsSchema,
  /** The control panel's docked panels: columns of panel ids and the folded ones; null for the default arrangement. */
  panelLayout: z
    .strictObject({
      columns: z.array(z.array(z.string().max(40)).max(60)).min(1).max(8),
      collapsed: z.array(z.string().max(40)).max(60),
    })
    .nullable(),
  /** Which arrangement the control panel shows: the operator's own ("custom", panelLayout) or a named one. */
  layoutPreset: z.enum(['custom', 'show', 'setup', 'producer']),
  /** Panels shown in windows of their own; their docks hold a place to dock them back. */
  poppedPanels: z.array(z.string().max(40)).max(60),
};

/** A preference's schema issue in English: a TRTC rule's words when it names one (forms translate it instead). */
export function preferenceIssueText(issue: z.core.$ZodIssue | undefined): string | undefined {
  return issue && isRuleName(issue.message) ? RULE_MESSAGES[issue.message] : issue?.message;
}

/** The preferences, all fields present. */
export type Preferences = { [K in keyof typeof preferencesShape]: z.infer<(typeof preferencesShape)[K]> };

/** What a first launch uses. */
export const DEFAULT_PREFERENCES: Preferences = {
  language: DEFAULT_LANGUAGE,
  previewDocked: false,
  wallLayout: 'grid',
  wallOrder: [],
  spotlightUserId: null,
  tokenUrl: '',
  cdnTargets: [],
  panelLayout: null,
  layoutPreset: 'custom',
  poppedPanels: [],
};

/** Saved preferences read back: the valid fields, and a sentence for each part that was not. */
export interface LoadedPreferences {
  value: Preferences;
  problems: string[];
}

/**
 * Reads saved preferences field by field: a corrupt or outdated field falls
 * back to its default and is named, so one bad value never costs the others.
 */
export function parsePreferences(raw: string | null): LoadedPreferences {
  if (raw === null) return { value: DEFAULT_PREFERENCES, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { value: DEFAULT_PREFERENCES, problems: ['saved preferences are not valid JSON; defaults are in use'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { value: DEFAULT_PREFERENCES, problems: ['saved preferences are not an object; defaults are in use'] };
  }
  const record = data as Record<string, unknown>;
  const value: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(preferencesShape)) {
    if (!(key in record)) continue;
    if (key === 'cdnTargets') {
      // Targets are kept one by one: a corrupt entry is dropped, not the whole list.
      const { targets, problems: dropped } = parseCdnTargets(record[key]);
      value[key] = targets;
      problems.push(...dropped);
      continue;
    }
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) value[key] = parsed.data;
    else problems.push(`saved preference "${key}" is invalid (${preferenceIssueText(parsed.error.issues[0]) ?? 'bad value'}); the default is in use`);
  }
  return { value: value as Preferences, problems };
}
