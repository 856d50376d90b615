import { loadavg } from 'node:os';

import { figure, type Benchmark, type Figure, type Target } from '../benchmark';
import { formatNumber, formatTable } from '../format-table';
import { median, pairwiseRatios } from '../stats';
import { BusyRoom, type Timed } from './busy-room';

/** Remote users the console sees in the busy room. */
const REMOTE_USERS = 200;
/** The goal: a join or a leave in the busy room costs less than this, callbacks to every client included. */
const TARGET_US: Target = { op: '<', value: 100 };
/** Rounds (the first warms up and is not reported), each a burst of joins (and as many leaves) per room. */
const ROUNDS = 12;
const BURST = 20;

/** What the console must have been told, in order, of the user who joined or left. */
function expectSeen(op: 'join' | 'leave', timed: Timed): void {
  const { userId } = timed;
  const expected =
    op === 'join'
      ? [`onRemoteUserEnterRoom(${userId})`, `onUserVideoAvailable(${userId},1)`, `onUserAudioAvailable(${userId},1)`]
      : [`onUserVideoAvailable(${userId},0)`, `onUserAudioAvailable(${userId},0)`, `onRemoteUserLeaveRoom(${userId},0)`];
  const about = timed.seen.filter((line) => line.includes(`(${userId}`));
  if (about.join() !== expected.join()) throw new Error(`${op} of ${userId}: the console saw [${about.join(', ')}], expected [${expected.join(', ')}]`);
}

/** Median µs of a burst's joins, leaves and quiet milliseconds, after checking what the console saw. */
function measured(room: BusyRoom, size: number): { join: number; leave: number; idle: number } {
  const { joins, leaves, idle } = room.burst(BURST);
  for (const join of joins) expectSeen('join', join);
  for (const leave of leaves) expectSeen('leave', leave);
  if (room.remoteUsers !== size) throw new Error(`the room drifted to ${room.remoteUsers} remote users`);
  return { join: median(joins.map((t) => t.us)), leave: median(leaves.map((t) => t.us)), idle: median(idle) };
}

/**
 * Joins and leaves in a live room with 200 remote users on air, as the sandbox serves a busy rehearsal: each joiner
 * is a real SandboxTRTCCloud entering as an anchor with camera and microphone, each leaver an anchor calling
 * exitRoom, timed until every client in the room has been handed its SDK callbacks (and the console, behind the
 * real EngineHost, checked to have seen exactly the SDK's callbacks). The same bursts in an empty room (the console
 * alone) alternate with them; their ratio per round makes the figure comparable across machines.
 */
export const sandboxBenchmark: Benchmark = {
  name: 'sandbox',
  async run(): Promise<Figure[]> {
    const loadBefore = loadavg();
    const built = performance.now();
    const busy = new BusyRoom(REMOTE_USERS, 'guest');
    const empty = new BusyRoom(0, 'solo', 2);
    console.log(`Built a live room with the console and ${busy.remoteUsers} anchors on air in ${(performance.now() - built).toFixed(0)} ms`);

    const rounds: { busy: ReturnType<typeof measured>; empty: ReturnType<typeof measured> }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const round = { busy: measured(busy, REMOTE_USERS), empty: measured(empty, 0) };
      if (r > 0) rounds.push(round);
    }
    busy.dispose();
    empty.dispose();
    const loadAfter = loadavg();

    const busyJoin = rounds.map((r) => r.busy.join);
    const busyLeave = rounds.map((r) => r.busy.leave);
    const emptyJoin = rounds.map((r) => r.empty.join);
    const emptyLeave = rounds.map((r) => r.empty.leave);
    const busyIdle = rounds.map((r) => r.busy.idle);
    const rows = [['round', `join ${REMOTE_USERS} µs`, `leave ${REMOTE_USERS} µs`, 'join empty µs', 'leave empty µs', `quiet ms ${REMOTE_USERS} µs`]];
    rounds.forEach((_, i) => rows.push([String(i + 1), ...[busyJoin, busyLeave, emptyJoin, emptyLeave, busyIdle].map((v) => formatNumber(v[i]))]));
    console.log(`\nMedian per round of a burst of ${BURST} joins and ${BURST} leaves (fresh userIds), with ${REMOTE_USERS} remote users and in an empty room`);
    console.log(formatTable(rows));
    const load = `load average ${loadBefore.map((v) => v.toFixed(2)).join(' ')} before, ${loadAfter.map((v) => v.toFixed(2)).join(' ')} after`;
    console.log(load);

    const note = `median of ${rounds.length} rounds, each the median of ${BURST}; ${load}`;
    return [
      figure(`join, ${REMOTE_USERS} remote users`, busyJoin, 'µs', TARGET_US, {
        note: `enterRoom + camera + mic calls, then the ms the entry lands: admission, userSig check, callbacks to all ${REMOTE_USERS + 2} clients delivered; ${note}`,
      }),
      figure(`leave, ${REMOTE_USERS} remote users`, busyLeave, 'µs', TARGET_US, { note: `exitRoom + callbacks to all ${REMOTE_USERS + 1} clients delivered; ${note}` }),
      figure(`quiet millisecond, ${REMOTE_USERS} remote users`, busyIdle, 'µs', undefined, {
        note: 'the millisecond before each landing, nobody joining: camera ticks and reports due then, which a join\'s landing millisecond carries too',
      }),
      figure('join, empty room', emptyJoin, 'µs'),
      figure('leave, empty room', emptyLeave, 'µs'),
      figure(`join: ${REMOTE_USERS} users / empty room`, pairwiseRatios(busyJoin, emptyJoin), 'x'),
      figure(`leave: ${REMOTE_USERS} users / empty room`, pairwiseRatios(busyLeave, emptyLeave), 'x'),
    ];
  },
};
