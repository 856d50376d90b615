import type { TranslateService } from '@ngx-translate/core';

import { refusalText, type BridgeError, type RefusalParams } from '../bridge/bridge-error';
import type { RefusalReason } from '../bridge/rule-messages';

/** A refusal as a window holds one: the broker's BridgeError, or a form field's IssueRefusal. */
export interface RefusalLike {
  reason: RefusalReason;
  params?: RefusalParams;
  /** The broker's field path; named before the texts that only say what is wrong with it. */
  field?: BridgeError['field'];
  /** The broker's English words, used when this window has no text for the reason (a newer broker). */
  message?: string;
}

/** Reasons whose text is a predicate ("is missing"), which reads only after the field it is about. */
const PREDICATES: ReadonlySet<RefusalReason> = new Set(['missingField', 'wrongType', 'unknownField', 'tooSmall', 'tooBig', 'notOneOf', 'invalidField']);

/** `key` translated, or null when the language has no text for it (ngx-translate answers the key itself). */
function lookUp(translate: TranslateService, key: string, params?: object): string | null {
  const text = translate.instant(key, params) as string;
  return text === key ? null : text;
}

/** Each param value in the window's words where the bundle has them (`core.refusalValues.<reason>.<param>.<value>`). */
function localParams(translate: TranslateService, reason: RefusalReason, params: RefusalParams): RefusalParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, lookUp(translate, `core.refusalValues.${reason}.${name}.${value}`) ?? value]),
  );
}

/**
 * A refusal in the window's language: `core.refusals.<reason>` filled with its params, or for a TRTC
 * parameter rule `core.rules.<rule>`. Falls back to the broker's English when a text is missing.
 */
export function translateRefusal(translate: TranslateService, refusal: RefusalLike): string {
  const params = refusal.params ?? {};
  const english = () => refusal.message ?? refusalText(refusal.reason, params);
  const text =
    refusal.reason === 'rule'
      ? lookUp(translate, `core.rules.${params['rule']}`)
      : lookUp(translate, `core.refusals.${refusal.reason}`, localParams(translate, refusal.reason, params));
  if (text === null) return english();
  return refusal.field && PREDICATES.has(refusal.reason) ? `${refusal.field}: ${text}` : text;
}
