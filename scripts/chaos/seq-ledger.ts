/** A broken promise of the protocol, as one window saw it. */
export interface LedgerViolation {
  window: string;
  /** ms since the ledger started. */
  at: number;
  what: string;
}

/** What one window received and applied over the run. */
export interface WindowTally {
  window: string;
  connections: number;
  snapshots: number;
  actionsReceived: number;
  actionsApplied: number;
  resyncsSent: number;
  /** The last seq received on the wire. */
  lastSeq: number | null;
}

/** FNV-1a over a message's text: the broker serializes each action once, so every window gets the same bytes. */
export function digestOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The run's record of seqs, shared by every window it watches (Node replicas and Chromium pages). It proves
 * what the protocol promises: on one connection, a snapshot, then every action in seq order with none lost or
 * repeated; every window gets the same action at the same seq; and a replica's store never applies an action
 * twice or skips one (a seq may jump only at a snapshot).
 */
export class SeqLedger {
  readonly violations: LedgerViolation[] = [];
  private readonly digests = new Map<number, { digest: number; window: string }>();
  private readonly windows: WindowLedger[] = [];
  private readonly started = Date.now();
  /** The highest seq any window received. */
  maxSeq = 0;

  /** A ledger for one window (kept across its connections). */
  window(label: string): WindowLedger {
    const ledger = new WindowLedger(label, this);
    this.windows.push(ledger);
    return ledger;
  }

  /** Each window's counts. */
  tallies(): WindowTally[] {
    return this.windows.map((w) => w.tally());
  }

  /** Seqs received by at least one window. */
  get distinctSeqs(): number {
    return this.digests.size;
  }

  /** @internal Records a violation. */
  violation(window: string, what: string): void {
    this.violations.push({ window, at: Date.now() - this.started, what });
  }

  /** @internal Checks that the action at `seq` is the same for every window that got it. */
  action(window: string, seq: number, digest: number): void {
    this.maxSeq = Math.max(this.maxSeq, seq);
    const known = this.digests.get(seq);
    if (!known) this.digests.set(seq, { digest, window });
    else if (known.digest !== digest) this.violation(window, `action ${seq} differs from the one ${known.window} got`);
  }
}

/** One window's part of the ledger. */
export class WindowLedger {
  private connections = 0;
  private wireSeq: number | null = null;
  private appliedSeq: number | null = null;
  private readonly appliedActions = new Set<number>();
  private snapshots = 0;
  private actionsReceived = 0;
  private resyncsSent = 0;
  private lastSeq: number | null = null;

  constructor(
    readonly label: string,
    private readonly ledger: SeqLedger,
  ) {}

  /** A connection began (its `hello`): a snapshot must come before any action. */
  hello(): void {
    this.connections++;
    this.wireSeq = null;
  }

  /** The window's store started over (a page reloaded or reopened): its next seq comes from a snapshot. */
  storeRestarted(): void {
    this.appliedSeq = null;
    this.wireSeq = null;
  }

  /** A snapshot arrived on the current connection. */
  snapshotReceived(seq: number): void {
    this.snapshots++;
    if (this.wireSeq !== null && seq < this.wireSeq) this.ledger.violation(this.label, `snapshot ${seq} after seq ${this.wireSeq} on one connection`);
    this.wireSeq = seq;
    this.lastSeq = seq;
    this.ledger.maxSeq = Math.max(this.ledger.maxSeq, seq);
  }

  /** An action arrived on the current connection, as its text (for the cross-window comparison). */
  actionReceived(seq: number, text: string): void {
    this.actionsReceived++;
    this.ledger.action(this.label, seq, digestOf(text));
    if (this.wireSeq === null) this.ledger.violation(this.label, `action ${seq} before any snapshot on connection ${this.connections}`);
    else if (seq <= this.wireSeq) this.ledger.violation(this.label, `action ${seq} again after seq ${this.wireSeq} (sent twice or out of order)`);
    else if (seq > this.wireSeq + 1) this.ledger.violation(this.label, `action ${seq} after seq ${this.wireSeq}: ${seq - this.wireSeq - 1} action(s) lost on the wire`);
    this.wireSeq = seq;
    this.lastSeq = seq;
  }

  /** The window asked for a snapshot after a gap. */
  resyncSent(): void {
    this.resyncsSent++;
  }

  /** The window's store applied a snapshot or an action: no seq applied twice, none skipped. */
  applied(kind: 'snapshot' | 'action', seq: number): void {
    if (kind === 'snapshot') {
      if (this.appliedSeq !== null && seq < this.appliedSeq) this.ledger.violation(this.label, `store went back from seq ${this.appliedSeq} to snapshot ${seq}`);
    } else {
      if (this.appliedActions.has(seq)) this.ledger.violation(this.label, `action ${seq} applied twice`);
      if (this.appliedSeq === null || seq !== this.appliedSeq + 1) this.ledger.violation(this.label, `action ${seq} applied at seq ${this.appliedSeq}`);
      this.appliedActions.add(seq);
    }
    this.appliedSeq = seq;
  }

  /** This window's counts. */
  tally(): WindowTally {
    return {
      window: this.label,
      connections: this.connections,
      snapshots: this.snapshots,
      actionsReceived: this.actionsReceived,
      actionsApplied: this.appliedActions.size,
      resyncsSent: this.resyncsSent,
      lastSeq: this.lastSeq,
    };
  }
}
