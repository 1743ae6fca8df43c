import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/account',
  tag: 'console-account',
  load: () => import('./account-screen.js'),
  title: () => msg('My account'),
});
