import { SandboxCloud } from '../server/sandbox-cloud';
import { VirtualClock } from '../../time/clock';
import { REHEARSAL, STILL, findScenario, scenarioNames } from './built-in-scenarios';
import { runScenario } from './scenario-runner';

function members(cloud: SandboxCloud, roomId: number) {
  return (cloud.getRoom(roomId)?.members ?? []).map((m) => m.userId).sort();
}

describe('runScenario', () => {
  it('puts the still scenario\'s anchors in their rooms, publishing', () => {
    const clock = new VirtualClock();
    const cloud = new SandboxCloud({ clock, seed: 1 });
    const run = runScenario(cloud, STILL);
    clock.advance(2_000);
    expect(members(cloud, 29834)).toEqual(['guest_anchor']);
    expect(members(cloud, 978)).toEqual(['userB']);
    run.stop();
    clock.advance(2_000);
    expect(cloud.listRooms()).toEqual([]);
  });

  it('plays the rehearsal loop: the fan goes on the mic and leaves it, the audience is counted', () => {
    const clock = new VirtualClock();
    const cloud = new SandboxCloud({ clock, seed: 2 });
    const errors: string[] = [];
    const run = runScenario(cloud, REHEARSAL, (_a, e) => errors.push(e.message));
    const fanRole = () => cloud.getRoom(29834)?.members.find((m) => m.userId === 'fan_01')?.role;
    clock.advance(3_000);
    expect(cloud.onlineCount(29834)).toBeGreaterThanOrEqual(1200);
    const audienceRole = fanRole();
    clock.advance(16_000);
    expect(fanRole()).not.toBe(audienceRole);
    clock.advance(30_000);
    expect(fanRole()).toBe(audienceRole);
    expect(errors).toEqual([]);
    run.stop();
  });

  it('plays the rehearsal loop: guest_anchor shares its slides from 20 s to 40 s of the loop (which starts once setup is done, at 2 s)', () => {
    const clock = new VirtualClock();
    const cloud = new SandboxCloud({ clock, seed: 3 });
    const run = runScenario(cloud, REHEARSAL);
    const sharing = () => (cloud.getRoom(29834)?.members ?? []).filter((m) => m.sharingScreen).map((m) => m.userId);
    clock.advance(21_000);
    expect(sharing()).toEqual([]);
    clock.advance(2_000);
    expect(sharing()).toEqual(['guest_anchor']);
    clock.advance(20_000);
    expect(sharing()).toEqual([]);
    run.stop();
  });

    it('reports a step that cannot happen and goes on', () => {
    const clock = new VirtualClock();
    const cloud = new SandboxCloud({ clock, seed: 3 });
    const errors: string[] = [];
    runScenario(cloud, { name: 't', description: '', setup: [{ at: 0, action: { do: 'audience', room: 5, count: 1 } }] }, (_a, e) =>
      errors.push(e.message),
    );
    clock.advance(10);
    expect(errors[0]).toMatch(/does not exist/);
  });

  it('finds built-in scenarios by name', () => {
    expect(scenarioNames()).toEqual(['rehearsal', 'still', 'empty']);
    expect(findScenario('still')).toBe(STILL);
    expect(findScenario('nope')).toBeUndefined();
  });
});
