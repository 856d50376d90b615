import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Observable, Subject } from 'rxjs';

import type { DecodedFrame } from '../bridge/frame-codec';
import type { StreamKey } from '../bridge/stream-key';
import { BridgeClient } from '../bridge-client/bridge-client';
import { FRAME_PAINT_PROBE } from './frame-paint-probe';
import type { FrameScheduler } from './frame-scheduler';
import { FRAME_SCHEDULER } from './frame-scheduler';
import type { RendererKind } from './i420-renderer';
import type { RendererFactory, RendererFactoryOptions } from './renderer-factory';
import { RENDERER_FACTORY } from './renderer-factory-token';
import { VideoView, type VideoFillMode } from './video-view';

/** Everything that happened, in order: draws, acks, subscriptions. */
let events: string[];

/** A BridgeClient with one subject per stream that records (un)subscriptions and acks. */
class FakeBridge {
  readonly subjects = new Map<StreamKey, Subject<DecodedFrame>>();
  readonly active = new Set<StreamKey>();

  watch(stream: StreamKey): { frames$: Observable<DecodedFrame>; ack(): void } {
    const frames$ = new Observable<DecodedFrame>((subscriber) => {
      events.push(`subscribe ${stream}`);
      this.active.add(stream);
      const inner = this.subject(stream).subscribe(subscriber);
      return () => {
        events.push(`unsubscribe ${stream}`);
        this.active.delete(stream);
        inner.unsubscribe();
      };
    });
    return { frames$, ack: () => events.push(`ack ${stream}`) };
  }

  emit(stream: StreamKey, frameNo: number, width = 4, height = 2): void {
    this.subject(stream).next({ stream, width, height, rotation: 0, timestamp: frameNo * 33, frameNo, data: new Uint8Array(width * height * 1.5) });
  }

  private subject(stream: StreamKey): Subject<DecodedFrame> {
    let subject = this.subjects.get(stream);
    if (!subject) this.subjects.set(stream, (subject = new Subject()));
    return subject;
  }
}

/** Animation frames run only when the spec says so; the clock is set by hand. */
class ManualScheduler implements FrameScheduler {
  private next = 1;
  readonly pending = new Map<number, () => void>();
  time = 0;
  request(callback: () => void): number {
    this.pending.set(this.next, callback);
    return this.next++;
  }
  cancel(handle: number): void {
    this.pending.delete(handle);
  }
  now(): number {
    return this.time;
  }
  /** Runs the callbacks due at the next paint. */
  paint(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback();
  }
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [VideoView],
  template: `<bc-video-view [stream]="stream()" [fillMode]="fillMode()" [mirror]="mirror()"><span class="no-video">No video</span></bc-video-view>`,
})
class Host {
  readonly stream = signal<StreamKey>('local');
  readonly fillMode = signal<VideoFillMode>('fill');
  readonly mirror = signal(false);
}

describe('VideoView', () => {
  let bridge: FakeBridge;
  let scheduler: ManualScheduler;
  let factoryCalls: RendererFactoryOptions[];
  let disposed: RendererKind[];
  /** Kinds whose renderer throws on draw. */
  let broken: Set<RendererKind>;
  let fixture: ComponentFixture<Host>;
  let host: HTMLElement;
  let view: VideoView;

  const stubFactory: RendererFactory = (newCanvas, options = {}) => {
    factoryCalls.push(options);
    const kind = (['webcodecs', 'canvas2d', 'webgl'] as const).find((k) => !options.exclude?.has(k));
    if (!kind) throw new Error('none left');
    return {
      kind,
      canvas: newCanvas(),
      renderer: {
        draw: (frame) => {
          if (broken.has(kind)) throw new Error(`${kind} broke`);
          events.push(`draw ${frame.stream} #${frame.frameNo} with ${kind}`);
        },
        dispose: () => disposed.push(kind),
      },
    };
  };

  beforeEach(async () => {
    events = [];
    factoryCalls = [];
    disposed = [];
    broken = new Set();
    bridge = new FakeBridge();
    scheduler = new ManualScheduler();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: BridgeClient, useValue: bridge },
        { provide: RENDERER_FACTORY, useValue: stubFactory },
        { provide: FRAME_SCHEDULER, useValue: scheduler },
      ],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const debug = fixture.debugElement.query(By.directive(VideoView));
    host = debug.nativeElement;
    view = debug.componentInstance;
  });

  const canvas = () => host.querySelector('canvas');

  it('subscribes to its stream and shows the placeholder until a frame arrives', () => {
    expect(events).toEqual(['subscribe local']);
    expect(host.getAttribute('data-testid')).toBe('video-view');
    expect(host.getAttribute('data-stream')).toBe('local');
    expect(host.getAttribute('data-frames')).toBe('0');
    expect(host.querySelector('.no-video')?.textContent).toBe('No video');
    expect(view.frameSize()).toBeNull();
    expect(canvas()).toBeNull();
  });

  it('draws one frame per paint, the newest, and acks every frame received only after that draw', async () => {
    bridge.emit('local', 1);
    bridge.emit('local', 2);
    expect(events).toEqual(['subscribe local']); // nothing drawn, nothing acked before the paint
    expect(scheduler.pending.size).toBe(1);

    scheduler.paint();
    expect(events).toEqual(['subscribe local', 'draw local #2 with webcodecs', 'ack local', 'ack local']);
    expect(view.framesDrawn()).toBe(1);
    expect(view.frameSize()).toEqual({ width: 4, height: 2 });

    await fixture.whenStable();
    expect(host.getAttribute('data-frames')).toBe('1');
    expect(host.getAttribute('data-renderer')).toBe('webcodecs');
    expect(host.querySelector('.no-video')).toBeNull();
    expect(canvas()).not.toBeNull();
  });

  it('acks each frame exactly once across many paints', () => {
    bridge.emit('local', 1);
    scheduler.paint();
    bridge.emit('local', 2);
    bridge.emit('local', 3);
    bridge.emit('local', 4);
    scheduler.paint();
    scheduler.paint(); // no new frame: no draw, no ack
    bridge.emit('local', 5);
    scheduler.paint();
    expect(events.filter((e) => e.startsWith('draw'))).toEqual(['draw local #1 with webcodecs', 'draw local #4 with webcodecs', 'draw local #5 with webcodecs']);
    expect(events.filter((e) => e === 'ack local')).toHaveLength(5);
    expect(events.at(-1)).toBe('ack local');
    expect(events.at(-2)).toBe('draw local #5 with webcodecs');
  });

  it('follows a new frame size', () => {
    bridge.emit('local', 1, 4, 2);
    scheduler.paint();
    bridge.emit('local', 2, 6, 4);
    scheduler.paint();
    expect(view.frameSize()).toEqual({ width: 6, height: 4 });
  });

  it('switches the subscription when the stream changes, releasing frames it will never draw', async () => {
    bridge.emit('local', 1);
    scheduler.paint();
    bridge.emit('local', 2); // arrives, but the stream changes before the paint
    fixture.componentInstance.stream.set('remote:anna:big');
    await fixture.whenStable();

    expect(bridge.active).toEqual(new Set(['remote:anna:big']));
    expect(events.slice(3)).toEqual(['ack local', 'unsubscribe local', 'subscribe remote:anna:big']);
    expect(scheduler.pending.size).toBe(0);
    expect(host.getAttribute('data-stream')).toBe('remote:anna:big');
    expect(view.frameSize()).toBeNull(); // the old stream's picture is not passed off as the new one
    expect(host.querySelector('.no-video')).not.toBeNull();

    bridge.emit('local', 3); // no longer listened to
    bridge.emit('remote:anna:big', 1, 8, 6);
    scheduler.paint();
    expect(events.slice(6)).toEqual(['draw remote:anna:big #1 with webcodecs', 'ack remote:anna:big']);
    expect(view.frameSize()).toEqual({ width: 8, height: 6 });
    expect(view.framesDrawn()).toBe(1);
  });

  it('unsubscribes, cancels the paint and disposes the renderer on destroy', () => {
    bridge.emit('local', 1);
    scheduler.paint();
    bridge.emit('local', 2);
    fixture.destroy();
    expect(bridge.active.size).toBe(0);
    expect(scheduler.pending.size).toBe(0);
    expect(disposed).toEqual(['webcodecs']);
    // Frame 2 was never drawn, but still gets its one ack, before the unsubscription.
    expect(events.slice(1)).toEqual(['draw local #1 with webcodecs', 'ack local', 'ack local', 'unsubscribe local']);
  });

  it('maps fill to cover and fit to contain, and mirrors with a CSS flip', async () => {
    bridge.emit('local', 1);
    scheduler.paint();
    await fixture.whenStable();
    expect(canvas()!.style.objectFit).toBe('cover');
    expect(canvas()!.style.transform).toBe('');
    expect(host.classList.contains('mirrored')).toBe(false);

    fixture.componentInstance.fillMode.set('fit');
    fixture.componentInstance.mirror.set(true);
    await fixture.whenStable();
    expect(canvas()!.style.objectFit).toBe('contain');
    expect(canvas()!.style.transform).toBe('scaleX(-1)');
    expect(host.classList.contains('mirrored')).toBe(true);
    expect(host.getAttribute('data-fill-mode')).toBe('fit');
  });

  it('falls back to the next renderer on a fresh canvas when one throws, and redraws the frame', async () => {
    broken.add('webcodecs');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    bridge.emit('local', 1);
    scheduler.paint();
    warn.mockRestore();

    expect(events.slice(1)).toEqual(['draw local #1 with canvas2d', 'ack local']);
    expect(disposed).toEqual(['webcodecs']);
    expect([...(factoryCalls[1].exclude ?? [])]).toEqual(['webcodecs']);
    await fixture.whenStable();
    expect(host.querySelectorAll('canvas')).toHaveLength(1);
    expect(host.getAttribute('data-renderer')).toBe('canvas2d');
    expect(canvas()!.style.objectFit).toBe('cover'); // the new canvas gets the presentation too
  });

  it('still acks when no renderer works, so the stream keeps flowing', () => {
    broken = new Set(['webcodecs', 'canvas2d', 'webgl']);
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    bridge.emit('local', 1);
    scheduler.paint();
    bridge.emit('local', 2);
    scheduler.paint();
    jest.restoreAllMocks();
    expect(events.slice(1)).toEqual(['ack local', 'ack local']);
    expect(error).toHaveBeenCalledTimes(1);
    expect(view.framesDrawn()).toBe(0);
    expect(view.rendererKind()).toBeNull();
  });

  it('measures fps over the last second and refreshes data-frames a few times a second', async () => {
    jest.useFakeTimers();
    try {
      for (let i = 1; i <= 30; i++) {
        scheduler.time = i * 20; // 50 fps
        bridge.emit('local', i);
        scheduler.paint();
      }
      expect(view.framesDrawn()).toBe(30);
      fixture.detectChanges();
      expect(host.getAttribute('data-frames')).toBe('1'); // the first frame shows at once, then it is throttled

      jest.advanceTimersByTime(250);
      fixture.detectChanges();
      expect(host.getAttribute('data-frames')).toBe('30');
      expect(view.fps()).toBe(30);

      scheduler.time = 1300;
      jest.advanceTimersByTime(250);
      expect(view.fps()).toBe(15); // the frames drawn after 300 ms

      scheduler.time = 2000;
      jest.advanceTimersByTime(250);
      expect(view.fps()).toBe(0); // stream stopped: fps falls to 0 and the refresh timer stops
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('tells a paint probe of each frame it drew, with the renderer, after the draw and before the acks', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: BridgeClient, useValue: bridge },
        { provide: RENDERER_FACTORY, useValue: stubFactory },
        { provide: FRAME_SCHEDULER, useValue: scheduler },
        { provide: FRAME_PAINT_PROBE, useValue: { drawn: (f: DecodedFrame, kind: RendererKind) => events.push(`probe ${f.stream} #${f.frameNo} ${kind}`) } },
      ],
    });
    await TestBed.createComponent(Host).whenStable();
    events = [];
    bridge.emit('local', 1);
    bridge.emit('local', 2);
    scheduler.paint();
    expect(events).toEqual(['draw local #2 with webcodecs', 'probe local #2 webcodecs', 'ack local', 'ack local']);

    // A frame no renderer could draw is not reported.
    broken = new Set(['webcodecs', 'canvas2d', 'webgl']);
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    jest.spyOn(console, 'error').mockImplementation(() => {});
    events = [];
    bridge.emit('local', 3);
    scheduler.paint();
    jest.restoreAllMocks();
    expect(events).toEqual(['ack local']);
  });
});
