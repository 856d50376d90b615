import * as z from 'zod';

import { MAX_CDN_URLS, rtmpUrlProblem } from '../bridge/publishing/rtmp-url';

/** How many CDN targets the console keeps. */
export const MAX_SAVED_CDN_TARGETS = 20;

/** A saved CDN push target: a name the operator gave it and its RTMP URL (with the stream key). */
export const cdnTargetSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  url: z.string().refine((url) => rtmpUrlProblem(url) === undefined, { message: 'url must be an RTMP push URL (rtmp://host/app/key)' }),
  /** Whether a start pushes to it. */
  selected: z.boolean(),
});

/** A saved CDN target. */
export type CdnTarget = z.infer<typeof cdnTargetSchema>;

/** The saved targets as a whole: at most MAX_SAVED_CDN_TARGETS, each URL once. */
export const cdnTargetsSchema = z
  .array(cdnTargetSchema)
  .max(MAX_SAVED_CDN_TARGETS)
  .refine((targets) => new Set(targets.map((t) => t.url)).size === targets.length, { message: 'a URL is saved twice' });

/**
 * Reads saved targets entry by entry: a corrupt entry (or a repeated URL) is dropped and named, the others kept,
 * so one bad entry never costs the rest. At most MAX_CDN_URLS stay selected, as one task pushes to no more.
 */
export function parseCdnTargets(value: unknown): { targets: CdnTarget[]; problems: string[] } {
  if (!Array.isArray(value)) return { targets: [], problems: ['saved CDN targets are not a list; none are in use'] };
  const targets: CdnTarget[] = [];
  const problems: string[] = [];
  for (const [i, entry] of value.entries()) {
    const parsed = cdnTargetSchema.safeParse(entry);
    if (!parsed.success) problems.push(`saved CDN target ${i + 1} is invalid (${parsed.error.issues[0]?.message ?? 'bad value'}); it was dropped`);
    else if (targets.some((t) => t.url === parsed.data.url)) problems.push(`saved CDN target ${i + 1} repeats a URL; it was dropped`);
    else if (targets.length >= MAX_SAVED_CDN_TARGETS) problems.push(`saved CDN target ${i + 1} is over the limit of ${MAX_SAVED_CDN_TARGETS}; it was dropped`);
    else targets.push({ ...parsed.data, selected: parsed.data.selected && targets.filter((t) => t.selected).length < MAX_CDN_URLS });
  }
  return { targets, problems };
}
