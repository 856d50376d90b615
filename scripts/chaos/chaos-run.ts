import '@angular/compiler'; // the room reducer's @ngrx/store in plain Node needs the JIT compiler loaded before it
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from '../find-chromium';
import type { ChaosOptions } from './chaos-options';
import type { ChaosReport } from './chaos-report';
import { Director } from './director';
import { windowsDiffer, type ChaosCheck, type ComparedWindow } from './end-checks';
import { FaultInjector } from './fault-injector';
import { faultSchedule, PAGES, type PageName } from './fault-schedule';
import { bridgeUrlOf, startChaosHost } from './host-process';
import { MEMORY_BUDGET_KB, MemorySampler } from './host-memory';
import { offAir } from './on-air';
import { PageWindow } from './page-window';
import { RecoveryWatch } from './recovery-watch';
import { ReplicaWindow } from './replica-window';
import { SeqLedger } from './seq-ledger';
import { goalAt } from './show-script';
import { sleep, waitUntil } from './wait';

/** How long the show has, after the faults stop, to be back on air with every window equal to the broker. */
export const SETTLE_MS = 30_000;

const PAGE_PATHS: Record<PageName, '/' | '/preview' | '/wall'> = { console: '/', preview: '/preview', wall: '/wall' };

/**
 * One chaos run: the browser host with the rehearsal scenario, the three Chromium windows and two Node
 * replicas (the director's control window, a venue's view window); the director runs the scripted show while
 * the seeded faults are injected; then the faults stop, the show settles and the end checks run. Writes the
 * JSON report to `options.reportPath` and returns it.
 */
export async function runChaos(options: ChaosOptions, log: (line: string) => void = console.log): Promise<ChaosReport> {
  const runStarted = Date.now();
  const host = await startChaosHost();
  const ledger = new SeqLedger();
  const memory = new MemorySampler(host.pid);
  memory.start();
  let browser: Browser | undefined;
  const replicas = {
    director: new ReplicaWindow('director', bridgeUrlOf(host.urls['/']), ledger.window('director')),
    venue: new ReplicaWindow('venue', bridgeUrlOf(host.urls['/wall']), ledger.window('venue')),
  };
  try {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    const pages = Object.fromEntries(PAGES.map((p) => [p, new PageWindow(p, host.urls[PAGE_PATHS[p]], context, ledger.window(p))])) as Record<PageName, PageWindow>;
    for (const page of PAGES) await pages[page].open();
    await waitUntil(() => replicas.director.store.seq !== null && replicas.venue.store.seq !== null, 10_000);

    const faultMs = options.seconds * 1000;
    const started = Date.now();
    const goal = () => goalAt((Date.now() - started) / faultMs);
    const director = new Director(replicas.director, goal, started);
    const watch = new RecoveryWatch();
    const bridge = { control: bridgeUrlOf(host.urls['/']), view: bridgeUrlOf(host.urls['/wall']) };
    const injector = new FaultInjector({ bridge, pages, replicas, director, goal, seed: options.seed }, watch, started);
    memory.markWarmup();
    log(`chaos: seed ${options.seed}, ${options.seconds} s of faults, host pid ${host.pid}`);

    // Keeps the pages' rebuilt stores current and the recovery watch polled, until the checks are done.
    const pumping = new AbortController();
    const pump = (async () => {
      while (!pumping.signal.aborted) {
        await Promise.all(PAGES.map((p) => pages[p].drain()));
        watch.poll();
        await sleep(100);
      }
    })();

    const schedule = faultSchedule(options.seconds, options.seed);
    const injections: Promise<void>[] = [];
    // The first entry's timeout is armed before the director starts, so its first enter is the one that times out.
    while (schedule.length > 0 && schedule[0].at === 0) await injector.inject(schedule.shift()!);
    director.start();
    for (const planned of schedule) {
      await sleep(planned.at - (Date.now() - started));
      log(`chaos: ${((Date.now() - started) / 1000).toFixed(1)}s ${planned.fault.kind}`);
      injections.push(injector.inject(planned));
    }
    await sleep(faultMs - (Date.now() - started));
    await Promise.all(injections);
    log('chaos: faults stopped; settling');

    // Settle: the director brings the show back; every window must then equal the broker.
    const lastGoal = goalAt(1);
    let differences: string[] = ['not compared yet'];
    const bridgeView = bridge.view;
    const settled = await waitUntil(async () => {
      if (offAir(replicas.director.roomState(), lastGoal).length > 0 || watch.pending > 0) return false;
      const windows: ComparedWindow[] = [
        ...PAGES.map((p) => ({ label: p, store: pages[p].store, page: pages[p] })),
        ...Object.values(replicas).map((r) => ({ label: r.label, store: r.store })),
      ];
      differences = await windowsDiffer(bridgeView, windows);
      return differences.length === 0;
    }, SETTLE_MS, 500);
    pumping.abort();
    await pump;
    await director.stop();
    memory.stop();

    const gaps = offAir(replicas.director.roomState(), lastGoal);
    const unrecovered = injector.records.filter((r) => r.recoveredAfterMs === 'not recovered');
    const wrongAnswers = injector.toolOutcomes.flatMap((o) => o.wrong);
    const growthKb = memory.lastKb !== null && memory.warmupKb !== null ? memory.lastKb - memory.warmupKb : null;
    const checks: ChaosCheck[] = [
      { name: 'back on air', ok: gaps.length === 0, detail: gaps.length === 0 ? `as planned: ${lastGoal.phase}` : gaps.join(', ') },
      { name: 'every window equals the broker', ok: settled, detail: settled ? `${PAGES.length} pages and ${Object.keys(replicas).length} replicas at equal seq` : differences.join('; ') },
      { name: 'no action applied twice or lost', ok: ledger.violations.length === 0, detail: ledger.violations.length === 0 ? `${ledger.distinctSeqs} seqs followed by ${ledger.tallies().length} windows` : ledger.violations.slice(0, 5).map((v) => `${v.window}: ${v.what}`).join('; ') },
      { name: 'every fault recovered', ok: unrecovered.length === 0, detail: unrecovered.length === 0 ? `${injector.records.length} faults` : unrecovered.map((r) => `${r.kind} at ${r.at} ms`).join(', ') },
      { name: 'misbehaving tool refused as documented', ok: wrongAnswers.length === 0, detail: wrongAnswers.length === 0 ? `${injector.toolOutcomes.reduce((n, o) => n + o.sent, 0)} hostile messages` : wrongAnswers.slice(0, 3).join('; ') },
      { name: 'host memory within budget', ok: growthKb !== null && growthKb <= MEMORY_BUDGET_KB, detail: growthKb === null ? 'host gone' : `RSS ${growthKb >= 0 ? '+' : ''}${(growthKb / 1024).toFixed(1)} MiB over warm-up (budget ${MEMORY_BUDGET_KB / 1024} MiB)` },
      { name: 'host still running', ok: host.exited() === null, detail: host.exited() === null ? 'yes' : `exited with ${host.exited()}` },
    ];
    const report: ChaosReport = {
      seed: options.seed,
      seconds: options.seconds,
      startedAt: new Date(started).toISOString(),
      tookMs: Date.now() - runStarted,
      passed: checks.every((c) => c.ok),
      checks,
      faults: injector.records,
      memory: { warmupKb: memory.warmupKb, peakKb: memory.peakKb, finalKb: memory.lastKb, budgetKb: MEMORY_BUDGET_KB },
      ledger: { maxSeq: ledger.maxSeq, distinctSeqs: ledger.distinctSeqs, windows: ledger.tallies(), violations: ledger.violations },
      director: { commands: director.log.length, refused: director.log.filter((c) => c.answer !== 'ok').length, log: director.log },
    };
    mkdirSync(dirname(options.reportPath), { recursive: true });
    writeFileSync(options.reportPath, JSON.stringify(report, null, 2));
    return report;
  } finally {
    memory.stop();
    for (const r of Object.values(replicas)) r.close();
    await browser?.close();
    await host.stop();
  }
}
