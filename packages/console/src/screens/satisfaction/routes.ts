import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/satisfaction',
  tag: 'console-services',
  load: () => import('./service-list.screen.js'),
  title: () => msg('Satisfaction'),
  nav: { section: 'participation', label: () => msg('Satisfaction'), order: 40 },
});

registerScreen({
  path: '/satisfaction/new',
  tag: 'console-service-editor',
  load: () => import('./service-editor.screen.js'),
  title: () => msg('New service'),
  roles: ['editor'],
});

registerScreen({
  path: '/satisfaction/:id/edit',
  tag: 'console-service-editor',
  load: () => import('./service-editor.screen.js'),
  title: () => msg('Edit the service'),
  roles: ['editor'],
});

registerScreen({
  path: '/satisfaction/:id',
  tag: 'console-service',
  load: () => import('./service.screen.js'),
  title: () => msg('Service: scores and comments'),
});

registerScreen({
  path: '/satisfaction/:id/kiosk',
  tag: 'console-kiosk',
  load: () => import('./kiosk.screen.js'),
  title: () => msg('Counter tablet'),
});
