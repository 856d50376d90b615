import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { EngineActions } from '../room-state';
import { textOf } from '../testing/dom-query';
import { setUpWindowTesting, type WindowTesting } from '../testing/provide-window-testing';
import { ConnectionStatus } from './connection-status';
import { ElapsedClock } from './elapsed-clock';

describe('ConnectionStatus', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<ConnectionStatus>;
  const clock = { now: signal(0) };
  const host = () => fixture.nativeElement as HTMLElement;
  const text = () => textOf(host());

  async function at(now: number, ...actions: Parameters<WindowTesting['apply']>): Promise<void> {
    w.apply(...actions);
    clock.now.set(now);
    await fixture.whenStable();
  }

  async function create(hideWhenSteady: boolean): Promise<void> {
    w = setUpWindowTesting([], [{ provide: ElapsedClock, useValue: clock }]);
    fixture = TestBed.createComponent(ConnectionStatus);
    fixture.componentRef.setInput('hideWhenSteady', hideWhenSteady);
    clock.now.set(0);
    await fixture.whenStable();
  }

  it('reads Connected while steady, as a status', async () => {
    await create(false);
    expect(text()).toBe('Connected');
    expect(host().getAttribute('role')).toBe('status');
    expect(host().dataset['status']).toBe('steady');
  });

  it('times a loss and the reconnecting that follows from when the trouble began, as an alert', async () => {
    await create(false);
    await at(65_000, EngineActions.connectionLost({ at: 1000 }));
    expect(text()).toBe('Connection lost 1:04');
    expect(host().getAttribute('role')).toBe('alert');
    await at(70_000, EngineActions.reconnecting({ at: 66_000 }));
    expect(text()).toBe('Reconnecting 1:09');
    expect(host().dataset['status']).toBe('reconnecting');
  });

  it('says how long the outage took once recovered, then hides again where asked to', async () => {
    await create(true);
    expect(host().style.display).toBe('none');
    await at(9000, EngineActions.reconnecting({ at: 1000 }));
    expect(host().style.display).toBe('');
    await at(9500, EngineActions.connectionRecovered({ at: 9000 }));
    expect(text()).toBe('Recovered after 0:08');
    expect(host().getAttribute('role')).toBe('status');
    await at(60_000);
    expect(host().style.display).toBe('none');
  });
});
