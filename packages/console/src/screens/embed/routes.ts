import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/embed',
  tag: 'console-embed',
  load: () => import('./embed-screen.js'),
  title: () => msg('Embed on the commune’s site'),
  nav: { section: 'participation', label: () => msg('Embed'), order: 50 },
});
