import type { AccessScope } from '@broadcast-core/bridge';

import type { Clock, TimerHandle } from '../time/clock';
import { WindowRateLimits, type RateLimitedKind } from './rate-limit';
import type { BudgetedLink } from './window-budget';

/**
 * One window attached to the broker: its budgeted link, what its token allows, its message rates, and the
 * snapshot it may be owed for a resync refused by those rates.
 */
export class ConnectedWindow {
  private readonly limits: WindowRateLimits;
  private owedSnapshot: TimerHandle | undefined;

  constructor(
    /** Where everything for the window goes, under its byte budget. */
    readonly link: BudgetedLink,
    /** `view`: the window watches, and its commands are refused. */
    readonly scope: AccessScope,
    private readonly clock: Clock,
    /** Sends the window the state as it is then. */
    private readonly sendSnapshot: (link: BudgetedLink) => void,
  ) {
    this.limits = new WindowRateLimits(() => clock.now());
  }

  /** Takes one message of this kind from the window's allowance; false when it is over its limit. */
  allow(kind: RateLimitedKind): boolean {
    return this.limits.allow(kind);
  }

  /**
   * A resync was refused: the replica skips every action until a snapshot comes, so one is sent as soon as
   * the resync limit allows. Resyncs refused meanwhile add nothing.
   */
  oweSnapshot(): void {
    if (this.owedSnapshot) return;
    this.owedSnapshot = this.clock.setTimeout(() => {
      this.owedSnapshot = undefined;
      if (this.limits.allow('resyncs')) this.sendSnapshot(this.link);
      else this.oweSnapshot();
    }, this.limits.msUntilAllowed('resyncs'));
  }

  /** The window left: nothing more is sent or owed to it. */
  dispose(): void {
    this.clock.clearTimeout(this.owedSnapshot);
    this.owedSnapshot = undefined;
    this.link.dispose();
  }
}
