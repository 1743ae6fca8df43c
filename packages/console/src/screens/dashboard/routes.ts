import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/',
  tag: 'console-dashboard',
  load: () => import('./dashboard-screen.js'),
  title: () => msg('Dashboard'),
  nav: { section: 'participation', label: () => msg('Dashboard'), order: 0 },
});
