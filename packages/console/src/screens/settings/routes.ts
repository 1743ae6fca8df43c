import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/settings',
  tag: 'console-settings',
  load: () => import('./settings-screen.js'),
  title: () => msg('Commune settings'),
  nav: { section: 'commune', label: () => msg('Settings'), order: 40 },
});
