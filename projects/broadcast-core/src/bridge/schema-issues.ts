import type * as z from 'zod';

import type { RefusalParams } from './bridge-error';
import { isRuleName, type RefusalReason } from './rule-messages';

/** Why a value failed its schema, as a refusal reason with its params. */
export interface IssueRefusal {
  reason: RefusalReason;
  params: RefusalParams;
}

/** The kinds a value may be expected to have, as the refusal texts say them. */
const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

/**
 * Says what is wrong with a value in the bridge's terms: a TRTC rule by name when the schema states one,
 * else the kind of problem with the documented limits (never JavaScript's own number limits).
 */
export function issueRefusal(issue: z.core.$ZodIssue): IssueRefusal {
  if (isRuleName(issue.message)) return { reason: 'rule', params: { rule: issue.message } };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { reason: 'missingField', params: {} }
        : { reason: 'wrongType', params: { expected: EXPECTED[issue.expected] ?? issue.expected } };
    case 'unrecognized_keys':
      return { reason: 'unknownField', params: {} };
    case 'invalid_union':
      return 'discriminator' in issue && issue.discriminator === 'type'
        ? { reason: 'unknownCommand', params: {} }
        : { reason: 'unknownMessage', params: { values: list((issue as { options?: unknown[] }).options ?? []) } };
    case 'invalid_value':
      return { reason: 'notOneOf', params: { values: list(issue.values) } };
    case 'too_small':
      return { reason: 'tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { reason: 'tooBig', params: { max: Number(issue.maximum) } };
    case 'custom': {
      const { reason, ...params } = (issue.params ?? {}) as { reason?: RefusalReason } & RefusalParams;
      if (reason) return { reason, params };
      return { reason: 'invalidField', params: { detail: issue.message } };
    }
    default:
      return { reason: 'invalidField', params: { detail: issue.message } };
  }
}

/** The dotted path of an issue as the sender wrote it; an unknown key is named itself, not its parent. */
export function issueField(issue: z.core.$ZodIssue, prefix = ''): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  return [prefix, ...path.map(String)].filter(Boolean).join('.');
}
