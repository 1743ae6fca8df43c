import { expect, waitFor } from 'storybook/test';

/** A promise that never settles: a backend call that stays in flight (loading states). */
export const forever = <T>() => new Promise<T>(() => {});

/** An element of the story once its strings are loaded and `selector` shows in its shadow root. */
export async function readyElement<E extends HTMLElement & { localeLoaded(): Promise<void> }>(
  canvasElement: HTMLElement,
  tagName: string,
  selector: string,
): Promise<E> {
  const element = canvasElement.querySelector<E>(tagName)!;
  await element.localeLoaded();
  await waitFor(() => expect(element.shadowRoot!.querySelector(selector)).toBeTruthy());
  return element;
}

/** The first match of `selector` in an element's shadow root. */
export const inside = <E extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<E>(selector)!;

/** Types `value` into the shadow root's input at `selector`, as a user does (an `input` event), then waits for the render. */
export async function typeInto(element: HTMLElement & { updateComplete: Promise<unknown> }, selector: string, value: string) {
  const input = inside<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}
