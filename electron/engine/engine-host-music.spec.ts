import { EngineHost } from './engine-host';
import type { TRTCEvent } from './contract';
import { ScriptedEngine } from './testing/scripted-engine';

describe('EngineHost music observer', () => {
  it('sets the one music observer and puts its callbacks among the emitter events, in the order they came', () => {
    const engine = new ScriptedEngine();
    const host = new EngineHost(engine, 'sandbox');
    const events: TRTCEvent[] = [];
    host.events$.subscribe((e) => events.push(e));
    expect(engine.musicObserver).not.toBeNull();
    engine.emit({ name: 'onMusicStart', args: [1, 0] });
    engine.emit({ name: 'onEnterRoom', args: [120] });
    engine.emit({ name: 'onMusicPlayProgress', args: [1, 250, 5_000] });
    engine.emit({ name: 'onMusicComplete', args: [1, -4002] });
    expect(events).toEqual([
      { name: 'onMusicStart', args: [1, 0] },
      { name: 'onEnterRoom', args: [120] },
      { name: 'onMusicPlayProgress', args: [1, 250, 5_000] },
      { name: 'onMusicComplete', args: [1, -4002] },
    ]);
    host.dispose();
  });
});
