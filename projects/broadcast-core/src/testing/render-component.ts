import type { Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Store, type Action } from '@ngrx/store';

/**
 * Creates a component under test, sets its inputs, and resolves once its view is stable.
 * Call after setUpWindowTesting(); room actions applied before show in the first render.
 */
export async function renderComponent<T>(component: Type<T>, inputs: Record<string, unknown> = {}): Promise<ComponentFixture<T>> {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture;
}

/** Applies room actions as the broker would send them, then waits until the view is stable again. */
export async function applyAndSettle(fixture: ComponentFixture<unknown>, ...actions: Action[]): Promise<void> {
  const store = TestBed.inject(Store);
  for (const action of actions) store.dispatch(action);
  await fixture.whenStable();
}
