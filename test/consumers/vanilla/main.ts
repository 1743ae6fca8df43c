import '@mocharaka/satisfaction/mocharaka-satisfaction.js';

const element = document.querySelector('mocharaka-satisfaction')!;
// Typed through HTMLElementTagNameMap and GlobalEventHandlersEventMap, no cast.
element.endpoint = new URLSearchParams(location.search).get('endpoint') ?? '/v1';
element.addEventListener('mocharaka-satisfaction-rated', (event) => {
  document.querySelector('#receipt')!.textContent = `${event.detail.serviceId}:${event.detail.level}:${event.detail.id}`;
});
