import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/action-plans',
  tag: 'console-action-plans',
  load: () => import('./action-plan-list.screen.js'),
  title: () => msg('Action programme'),
  nav: { section: 'participation', label: () => msg('Action programme'), order: 45 },
});

registerScreen({
  path: '/action-plans/:id',
  tag: 'console-action-plan',
  load: () => import('./action-plan.screen.js'),
  title: () => msg('Action programme: import, updates and comments'),
});
