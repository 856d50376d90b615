import { ChangeDetectionStrategy, Component } from '@angular/core';

import { EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting } from '@broadcast-core/testing';

import { injectIsSandboxEngine } from './sandbox-engine';

@Component({
  selector: 'bc-sandbox-only-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (isSandbox()) { <section data-testid="gated">sandbox tools</section> }`,
})
class SandboxOnlyHost {
  protected readonly isSandbox = injectIsSandboxEngine();
}

describe('injectIsSandboxEngine', () => {
  it('gates sandbox-only parts in @if, going by the hello until the engine reports, then by the shared state', async () => {
    const w = setUpWindowTesting();
    w.bridge.engine.set(null);
    const fixture = await renderComponent(SandboxOnlyHost);
    const gated = () => (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid=gated]').length;
    expect(gated()).toBe(0);

    w.bridge.engine.set('sandbox');
    await fixture.whenStable();
    expect(gated()).toBe(1);

    w.apply(EngineActions.engineReady({ kind: 'trtc', sdkVersion: '12.3', generation: 1, at: 1 }));
    await fixture.whenStable();
    expect(gated()).toBe(0);

    w.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 's', generation: 1, at: 1 }));
    await fixture.whenStable();
    expect(gated()).toBe(1);
  });
});
