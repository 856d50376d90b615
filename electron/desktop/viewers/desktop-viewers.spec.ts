import { Subject } from 'rxjs';

import type { EngineSupervisor } from '../../broker/engine-supervisor';
import type { EngineNotice } from '../../broker/engine-link';
import type { WindowLink } from '../../broker/window-link';
import type { EngineProcess } from '../../engine/contract';
import { DesktopViewers, type ViewerConnecting } from './desktop-viewers';

/** A stand-in supervisor whose engine hands out numbered ports; `restart` starts a new engine. */
function fakeSupervisor() {
  const notices = new Subject<EngineNotice>();
  const closed: string[] = [];
  let generation = 1;
  let running = true;
  const supervisor = {
    notices$: notices.asObservable(),
    get process() {
      return running ? { connectViewer: (viewerId: string) => `port ${generation} for ${viewerId}` } : null;
    },
    closeViewer: (viewerId: string) => closed.push(viewerId),
  } as unknown as EngineSupervisor<ViewerConnecting & EngineProcess>;
  return {
    supervisor,
    closed,
    lose: () => {
      running = false;
      notices.next({ kind: 'lost', reason: 'x', restartInMs: 0 });
    },
    restart: () => {
      running = true;
      generation++;
      notices.next({ kind: 'started', generation });
    },
  };
}

/** A window link that takes frame ports. */
function link(): WindowLink & { ports: unknown[] } {
  const ports: unknown[] = [];
  return { ports, send: () => {}, sendFrame: () => {}, deliverFramePort: (port) => ports.push(port) };
}

describe('DesktopViewers', () => {
  it('hands every window its own port to the engine when it connects', () => {
    const s = fakeSupervisor();
    const viewers = new DesktopViewers(s.supervisor);
    const [a, b] = [link(), link()];
    viewers.open('w1', a);
    viewers.open('w2', b);
    expect([a.ports, b.ports]).toEqual([['port 1 for w1'], ['port 1 for w2']]);
  });

  it('hands every open window a port to a fresh engine, and none while the engine is down', () => {
    const s = fakeSupervisor();
    const viewers = new DesktopViewers(s.supervisor);
    const a = link();
    viewers.open('w1', a);
    s.lose();
    const late = link();
    viewers.open('w2', late);
    expect(late.ports).toEqual([]);
    s.restart();
    expect(a.ports).toEqual(['port 1 for w1', 'port 2 for w1']);
    expect(late.ports).toEqual(['port 2 for w2']);
  });

  it('tells the engine a window went away, once, and forgets it', () => {
    const s = fakeSupervisor();
    const viewers = new DesktopViewers(s.supervisor);
    const a = link();
    viewers.open('w1', a);
    viewers.close('w1');
    viewers.close('w1');
    s.restart();
    expect(s.closed).toEqual(['w1']);
    expect(a.ports).toEqual(['port 1 for w1']);
  });

  it('leaves windows that cannot take a port to the relay', () => {
    const s = fakeSupervisor();
    const viewers = new DesktopViewers(s.supervisor);
    expect(() => viewers.open('w1', { send: () => {}, sendFrame: () => {} })).not.toThrow();
    viewers.message();
  });

  it('stops handing out ports once disposed', () => {
    const s = fakeSupervisor();
    const viewers = new DesktopViewers(s.supervisor);
    const a = link();
    viewers.open('w1', a);
    viewers.dispose();
    s.restart();
    expect(a.ports).toEqual(['port 1 for w1']);
  });
});
