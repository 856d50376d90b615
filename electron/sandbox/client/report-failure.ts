import type { SandboxClientPort } from '../common/sandbox-client-port';
import type { SandboxFailure } from '../common/sandbox-failure';

/** How a section of the client queues a callback to the app (the facade's post, delivered in order). */
export type PostCallback = SandboxClientPort['post'];

/** Tells the app of a refused call through onError, as the SDK does; nothing when the call went through. */
export function reportFailure(post: PostCallback, failure: SandboxFailure | undefined): void {
  if (failure) post('onError', failure.code, failure.message);
}
