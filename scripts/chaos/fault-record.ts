import type { Fault } from './fault-schedule';

/** How one fault went, for the report. */
export interface FaultRecord {
  kind: Fault['kind'];
  /** The fault's details in words (window, mode, user, ms). */
  detail: string;
  /** ms from the start of the show. */
  at: number;
  /** ms from the fault until its recovery was seen, or "not recovered". */
  recoveredAfterMs: number | 'not recovered';
  /** Anything worth knowing (the injection failed, the effect was never seen). */
  note?: string;
}

/** A fault's details in words. */
export function describeFault(fault: Fault): string {
  switch (fault.kind) {
    case 'engine-crash':
      return `mode ${fault.mode}${fault.thenTimeoutEnter ? ', re-entry timed out' : ''}`;
    case 'window-reload':
    case 'window-kill':
      return fault.page;
    case 'socket-drop':
      return `${fault.window} (${fault.how})`;
    case 'network-drop-console':
      return `${fault.ms} ms`;
    case 'network-drop-guest':
      return `${fault.userId}, ${fault.ms} ms`;
    case 'misbehaving-tool':
      return `${fault.messages} messages`;
    default:
      return '';
  }
}
