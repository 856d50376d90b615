import { offAir } from './on-air';
import type { Director } from './director';
import { describeFault, type FaultRecord } from './fault-record';
import type { Fault, PageName, PlannedFault, ReplicaName } from './fault-schedule';
import { hostileMessages } from './misbehaving-messages';
import { runMisbehavingTool, type ToolOutcome } from './misbehaving-tool';
import type { PageWindow } from './page-window';
import type { RecoveryCheck, RecoveryWatch } from './recovery-watch';
import type { ReplicaWindow } from './replica-window';
import type { ShowGoal } from './show-script';
import { toolCommand } from './tool-command';
import { waitUntil } from './wait';

/** What the injector acts on. */
export interface ChaosStage {
  /** Bridge URLs with the control and the view token, for the sandbox commands and the misbehaving tool. */
  bridge: { control: string; view: string };
  pages: Record<PageName, PageWindow>;
  replicas: Record<ReplicaName, ReplicaWindow>;
  director: Director;
  /** The show's goal now. */
  goal: () => ShowGoal;
  /** The run's seed, for the tool's messages. */
  seed: number;
}

/** Injects planned faults and hands each to the recovery watch. */
export class FaultInjector {
  /** Every fault injected, in order. */
  readonly records: FaultRecord[] = [];
  /** What each run of the misbehaving tool saw. */
  readonly toolOutcomes: ToolOutcome[] = [];
  /** Runs of the tool so far: each gets its own messages, the same ones for the same seed. */
  private toolRuns = 0;

  constructor(
    private readonly stage: ChaosStage,
    private readonly watch: RecoveryWatch,
    private readonly started: number,
  ) {}

  /** Injects one fault; resolves once it is set off (not recovered). */
  async inject(planned: PlannedFault): Promise<void> {
    const { fault } = planned;
    const record: FaultRecord = { kind: fault.kind, detail: describeFault(fault), at: Date.now() - this.started, recoveredAfterMs: 'not recovered' };
    this.records.push(record);
    try {
      await this.setOff(fault, record);
    } catch (e) {
      record.note = `injection failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }

  private async setOff(fault: Fault, record: FaultRecord): Promise<void> {
    const { stage } = this;
    const startedAt = Date.now();
    switch (fault.kind) {
      case 'engine-crash': {
        const answer = await this.sandbox({ type: 'sandbox.crashEngine', mode: fault.mode });
        // A crash that hangs answers nothing (the engine is frozen), so only its effect proves it happened.
        const effect = () => this.directorSees((s) => s.engineInfo.status !== 'ready' || s.session.status !== 'in-room');
        this.watch.watch(record, { effect, recovered: this.onAir, effectRequired: true }, startedAt);
        if (answer !== 'ok') record.note = `crashEngine answered ${answer}`;
        if (fault.thenTimeoutEnter) await this.timeoutReentry();
        return;
      }
      case 'window-reload':
        await stage.pages[fault.page].reload();
        this.watch.watch(record, this.pageSynced(fault.page, startedAt), startedAt);
        return;
      case 'window-kill':
        await stage.pages[fault.page].killAndReopen();
        this.watch.watch(record, this.pageSynced(fault.page, startedAt), startedAt);
        return;
      case 'socket-drop':
        if (fault.window === 'director' || fault.window === 'venue') {
          const replica = stage.replicas[fault.window];
          replica.drop(fault.how);
          this.watch.watch(record, { recovered: () => replica.store.syncedAt > startedAt }, startedAt);
        } else {
          if (!(await stage.pages[fault.window].dropSocket())) record.note = 'page had no socket';
          this.watch.watch(record, this.pageSynced(fault.window, startedAt), startedAt);
        }
        return;
      case 'network-drop-console':
        if (!(await this.accepted(record, { type: 'sandbox.dropConnection', ms: fault.ms }))) return;
        this.watch.watch(record, { effect: () => this.directorSees((s) => s.connection.status !== 'ok'), recovered: this.onAir, notBeforeMs: fault.ms, effectGraceMs: 3000 }, startedAt);
        return;
      case 'network-drop-guest':
        if (!(await this.accepted(record, { type: 'sandbox.dropConnection', userId: fault.userId, ms: fault.ms }))) return;
        this.watch.watch(record, { recovered: this.onAir, notBeforeMs: fault.ms }, startedAt);
        return;
      case 'timeout-enter':
        if (!(await this.accepted(record, { type: 'sandbox.timeoutNextEnter' }))) return;
        this.watch.watch(record, this.showGap(), startedAt);
        return;
      case 'timeout-pk':
        if (!(await this.accepted(record, { type: 'sandbox.timeoutNextConnectOtherRoom' }))) return;
        this.watch.watch(record, this.showGap(), startedAt);
        return;
      case 'misbehaving-tool': {
        const outcome = await runMisbehavingTool(stage.bridge, hostileMessages(stage.seed * 31 + ++this.toolRuns, fault.messages));
        this.toolOutcomes.push(outcome);
        record.note = `${outcome.sent} sent, ${Object.entries(outcome.answers).map(([code, n]) => `${n} ${code}`).join(', ')}${outcome.wrong.length ? `; ${outcome.wrong.length} WRONG` : ''}`;
        record.recoveredAfterMs = outcome.wrong.length === 0 ? Date.now() - startedAt : 'not recovered';
        return;
      }
    }
  }

  /** After a crash: hold the director until the new engine is ready, arm an entry timeout, let it re-enter. */
  private async timeoutReentry(): Promise<void> {
    const record: FaultRecord = { kind: 'timeout-enter', detail: 'before the re-entry', at: Date.now() - this.started, recoveredAfterMs: 'not recovered' };
    this.records.push(record);
    await this.stage.director.holding(async () => {
      const ready = await waitUntil(() => this.directorSees((s) => s.engineInfo.status === 'ready' && s.session.status !== 'in-room'), 15_000);
      if (!ready) record.note = 'the engine was not back in 15 s';
      record.at = Date.now() - this.started;
      const answer = await this.sandbox({ type: 'sandbox.timeoutNextEnter' });
      if (answer !== 'ok') record.note = `timeoutNextEnter answered ${answer}`;
    });
    this.watch.watch(record, this.showGap(), this.started + record.at);
  }

  private readonly onAir = (): boolean => offAir(this.stage.replicas.director.roomState(), this.stage.goal()).length === 0;

  /** The show went off its goal (for an armed timeout: the director's enter or PK is due), then back on air. */
  private showGap(): RecoveryCheck {
    return { effect: () => !this.onAir(), recovered: this.onAir, effectGraceMs: 30_000 };
  }

  private pageSynced(page: PageName, since: number): RecoveryCheck {
    return { recovered: () => this.stage.pages[page].store.syncedAt > since };
  }

  private directorSees(check: (state: ReturnType<ReplicaWindow['roomState']>) => boolean): boolean {
    return check(this.stage.replicas.director.roomState());
  }

  /**
   * Sends a fault's sandbox command, again every half second for up to 10 s while it is refused (an engine
   * restarting after a crash takes none); still refused, the fault stays unrecovered with the answer noted.
   */
  private async accepted(record: FaultRecord, command: Parameters<typeof toolCommand>[1]): Promise<boolean> {
    let answer = '';
    const took = await waitUntil(async () => (answer = await this.sandbox(command)) === 'ok', 10_000, 500);
    if (!took) record.note = `${command.type} answered ${answer}`;
    return took;
  }

  private async sandbox(command: Parameters<typeof toolCommand>[1]): Promise<string> {
    return toolCommand(this.stage.bridge.control, command);
  }
}
