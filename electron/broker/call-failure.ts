import { refusal, type BridgeError } from '@broadcast-core/bridge';

import type { CallResult } from './pending-calls';

/** The English words of a failed call, for the compensation's error. */
export function callFailureText(result: CallResult): string {
  switch (result.kind) {
    case 'failed':
      return result.error.message;
    case 'timeout':
      return `no answer from the engine within ${result.ms} ms`;
    default:
      return 'the engine was lost';
  }
}

/** The refusal a sender hears for a failed call. */
export function callRefusal(method: string, result: CallResult, notFound: BridgeError | undefined): BridgeError {
  switch (result.kind) {
    case 'timeout':
      return refusal('engine-failed', 'engineTimeout', { method, ms: result.ms });
    case 'lost':
      return refusal('engine-failed', 'engineLost', { method });
    case 'ok':
      throw new Error('callRefusal: an ok result is no refusal');
    case 'failed': {
      const { code, message } = result.error;
      if (code === 'not-found' && notFound) return notFound;
      if (code === 'sandbox-only') return refusal('sandbox-only', 'sandboxOnly', { command: method });
      if (code === 'user-sig-required') return refusal('invalid-command', 'userSigRequired', {}, 'command.params.userSig');
      return refusal('engine-failed', 'engineThrew', { method, detail: message });
    }
  }
}
