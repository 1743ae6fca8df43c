import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/staff',
  tag: 'console-staff-accounts',
  load: () => import('./staff-accounts-screen.js'),
  title: () => msg('Staff accounts'),
  roles: ['admin'],
  nav: { section: 'commune', label: () => msg('Staff accounts'), order: 10 },
});
