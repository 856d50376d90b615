import '@angular/compiler'; // @ngrx/store in plain Node needs the JIT compiler loaded first

import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

import { parseClientMessage } from '@broadcast-core/bridge';
import { roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import { planCommand } from '../../electron/broker/command-plan';
import { eventToActions } from '../../electron/broker/event-to-actions';
import { parseEngineToBroker } from '../../electron/engine/contract';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium';
import { figure, summary, type Benchmark, type Figure, type Target } from '../benchmark';
import { formatNumber, formatTable } from '../format-table';
import type { MeasureOptions } from '../measure';
import { median } from '../stats';
import { loadSnapshot, timeCases, type CaseMessages, type CaseTiming, type reducerPage } from './reducer-page';
import { ROOM_USERS, buildShow, showCases, type Cause } from './show-room';

/** The goal: applying one action costs a window less than this, in a 200-user room. */
const TARGET_US: Target = { op: '<', value: 20 };

/** Rounds and their length: 11 interleaved samples of about 10 ms per case, after 100 ms of warm-up. */
const MEASURE: MeasureOptions = { warmupMs: 100, samples: 11, sampleMs: 10 };

/** The actions a cause produces on `state` that change it (the ones the broker numbers and sends), in order. */
function produce(cause: Cause, state: RoomState, at: number): RoomAction[] {
  let raw: RoomAction[];
  if ('event' in cause) raw = eventToActions(cause.event, { state, at });
  else {
    const plan = planCommand(cause.command, { state, at, engine: 'sandbox' });
    if ('code' in plan) throw new Error(`${cause.command.type} refused: ${plan.message}`);
    raw = plan.accepted;
  }
  const sent: RoomAction[] = [];
  let s = state;
  for (const action of raw) {
    const next = roomReducer(s, action);
    if (next === s) continue;
    s = next;
    sent.push(action);
  }
  return sent;
}

/**
 * What the broker does for one cause, without transports: validate the engine's message (or parse the window's
 * command text), map it to actions (or plan the command), apply each through the reducer, serialize each that
 * changed state once for every window.
 */
function brokerStep(cause: Cause, state: RoomState, seq: number, at: number): () => void {
  if ('event' in cause) {
    const message = structuredClone({ t: 'event' as const, event: cause.event }); // as it arrives from the engine's port
    return () => {
      const parsed = parseEngineToBroker(message);
      if (!parsed.ok || parsed.message.t !== 'event') throw new Error('the engine message did not validate');
      let s = state;
      let n = seq;
      for (const action of eventToActions(parsed.message.event, { state: s, at })) {
        const next = roomReducer(s, action);
        if (next === s) continue;
        s = next;
        JSON.stringify({ t: 'action', seq: ++n, action });
      }
    };
  }
  const text = JSON.stringify({ t: 'command', id: 'c1', command: cause.command });
  return () => {
    const parsed = parseClientMessage(text);
    if (!parsed.ok || parsed.message.t !== 'command') throw new Error('the command did not validate');
    const plan = planCommand(parsed.message.command, { state, at, engine: 'sandbox' });
    if ('code' in plan) throw new Error(plan.message);
    let s = state;
    let n = seq;
    for (const action of plan.accepted) {
      const next = roomReducer(s, action);
      if (next === s) continue;
      s = next;
      JSON.stringify({ t: 'action', seq: ++n, action });
    }
  };
}

/** Bundles the page side (the real room-state modules) into one script for the browser. */
async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'reducer-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(__dirname, '..', '..', 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Times the cases in headless Chromium, on a replica loaded from the same snapshot text. */
async function timeInChromium(snapshotText: string, cases: CaseMessages[]): Promise<{ userAgent: string; timings: CaseTiming[] }> {
  const script = await bundlePage();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>reducer bench</title><body></body>');
    await page.addScriptTag({ content: script });
    type Page = typeof reducerPage;
    const userAgent = await page.evaluate(() => (globalThis as unknown as { reducerPage: Page }).reducerPage.userAgent());
    const timings = await page.evaluate(
      ([text, c, o]) => (globalThis as unknown as { reducerPage: Page }).reducerPage.run(text, c, o),
      [snapshotText, cases, MEASURE] as const,
    );
    return { userAgent, timings };
  } finally {
    await browser.close();
  }
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Cost per action of the room state in a 200-user show: for each kind of action a show produces (made by the
 * broker's own event mapping and command planner from realistic SDK callbacks and window commands), µs per action
 * of the room reducer alone and of what a window does (parse the message text, apply it through the replica
 * reducer), in Node and in Chromium; the broker's whole step per callback in Node; and bytes per action message.
 */
export const reducerBenchmark: Benchmark = {
  name: 'reducer',
  async run(): Promise<Figure[]> {
    const built = performance.now();
    const show = buildShow();
    const { state, seq, at } = show;
    const snapshotText = JSON.stringify({ t: 'snapshot', seq, state });
    console.log(
      `Show state: ${state.remoteUsers.ids.length} remote users, ${state.stats.history.length} statistics samples, ${state.eventLog.entries.length} log entries, ` +
        `seq ${seq}; snapshot ${formatNumber(bytes(snapshotText) / 1024)} KiB (built in ${(performance.now() - built).toFixed(0)} ms)`,
    );
    if (state.remoteUsers.ids.length !== ROOM_USERS) throw new Error(`the show has ${state.remoteUsers.ids.length} remote users, not ${ROOM_USERS}`);

    const cases = showCases(show).map((c) => {
      const actions = produce(c.cause, state, at + 50);
      const texts = actions.map((action, k) => JSON.stringify({ t: 'action', seq: seq + k + 1, action }));
      return { name: c.name, cause: c.cause, actions, texts };
    });
    const messages: CaseMessages[] = cases.map(({ name, texts }) => ({ name, texts }));
    const broker = Object.fromEntries(cases.map((c) => [c.name, brokerStep(c.cause, state, seq, at + 50)]));

    const node = timeCases(loadSnapshot(snapshotText), messages, MEASURE, state, broker);
    let browser: { userAgent: string; timings: CaseTiming[] } | null = null;
    let browserError: string | null = null;
    try {
      browser = await timeInChromium(snapshotText, messages);
      console.log(`Chromium: ${browser.userAgent}`);
    } catch (err) {
      browserError = (err as Error).message;
      console.log(`Chromium could not run: ${browserError}`);
    }

    const figures: Figure[] = [];
    const rows = [['action', 'actions', 'bytes/msg', 'reducer Node µs', 'window Node µs', 'reducer Chromium µs', 'window Chromium µs', 'broker Node µs/callback']];
    cases.forEach((c, i) => {
      const sizes = c.texts.map(bytes);
      const n = node.cases[i];
      const b = browser?.timings[i];
      const brokerUs = node.extra[c.name].map((ms) => ms * 1000);
      rows.push([
        c.name,
        String(c.actions.length),
        sizes.length ? formatNumber(median(sizes)) : '-',
        n.actions ? formatNumber(median(n.reducerUs)) : '-',
        n.actions ? formatNumber(median(n.windowUs)) : '-',
        b?.actions ? formatNumber(median(b.reducerUs)) : '-',
        b?.actions ? formatNumber(median(b.windowUs)) : '-',
        formatNumber(median(brokerUs)),
      ]);
      if (c.actions.length === 0) {
        figures.push(summary(`${c.name}: actions sent`, 0, [0, 0], 'count', undefined, { note: 'the callback changed nothing: no action was sent, nothing to time' }));
        return;
      }
      const perAction = c.actions.length > 1 ? ` (${c.actions.length} actions)` : '';
      figures.push(figure(`${c.name}: bytes per message`, sizes, 'bytes'));
      figures.push(figure(`${c.name}: reducer (Node)${perAction}`, n.reducerUs, 'µs/action', TARGET_US));
      figures.push(figure(`${c.name}: window (Node)${perAction}`, n.windowUs, 'µs/action', TARGET_US));
      if (b) {
        figures.push(figure(`${c.name}: reducer (Chromium)${perAction}`, b.reducerUs, 'µs/action', TARGET_US));
        figures.push(figure(`${c.name}: window (Chromium)${perAction}`, b.windowUs, 'µs/action', TARGET_US));
      }
      figures.push(figure(`${c.name}: broker step (Node)`, brokerUs, 'µs/callback'));
    });
    console.log(`\nPer action in a ${ROOM_USERS}-user room (median of ${MEASURE.samples} interleaved samples; window = JSON.parse + replica reducer; broker = validate + map + reduce + serialize)`);
    console.log(formatTable(rows));
    if (browserError) figures.push(summary('Chromium run', 1, [1, 1], 'failures', { op: '<=', value: 0 }, { note: browserError.split('\n')[0] }));
    return figures;
  },
};
