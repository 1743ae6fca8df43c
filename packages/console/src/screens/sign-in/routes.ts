import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/sign-in',
  tag: 'console-sign-in',
  load: () => import('./sign-in-screen.js'),
  title: () => msg('Sign in'),
  signedOut: true,
});
