import { Injectable, InjectionToken, inject } from '@angular/core';
import * as z from 'zod';

/** The fetch the token request goes through; specs provide their own. */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', { providedIn: 'root', factory: () => (input, init) => fetch(input, init) });

const answerSchema = z.object({ userSig: z.string().min(1) });

/** The outcome of asking a token URL for a userSig. */
export type UserSigAnswer = { ok: true; userSig: string } | { ok: false; reason: string };

/**
 * Fetches a userSig from the producer's own token service, as a real app
 * server hands them out: GET <tokenUrl>?sdkAppId=…&userId=… answering
 * `{ "userSig": "…" }`. The secret key never reaches the console.
 */
@Injectable({ providedIn: 'root' })
export class UserSigFetcher {
  private readonly fetchFn = inject(FETCH);

  /** Asks the token URL for this user's userSig; every failure comes back as a sentence. */
  async fetch(tokenUrl: string, sdkAppId: number, userId: string): Promise<UserSigAnswer> {
    let url: URL;
    try {
      url = new URL(tokenUrl);
    } catch {
      return { ok: false, reason: `token URL "${tokenUrl}" is not a URL` };
    }
    url.searchParams.set('sdkAppId', String(sdkAppId));
    url.searchParams.set('userId', userId);
    let response: Response;
    try {
      response = await this.fetchFn(url, { headers: { accept: 'application/json' } });
    } catch {
      return { ok: false, reason: `could not reach ${url.origin}` };
    }
    if (!response.ok) return { ok: false, reason: `the token URL answered HTTP ${response.status}` };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, reason: 'the token URL did not answer JSON' };
    }
    const parsed = answerSchema.safeParse(body);
    return parsed.success ? { ok: true, userSig: parsed.data.userSig } : { ok: false, reason: 'the token URL answer has no "userSig" string' };
  }
}
