import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/tokens',
  tag: 'console-api-tokens',
  load: () => import('./api-tokens-screen.js'),
  title: () => msg('Personal API tokens'),
  nav: { section: 'commune', label: () => msg('API tokens'), order: 20 },
});
