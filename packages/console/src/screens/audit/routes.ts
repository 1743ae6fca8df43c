import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/audit',
  tag: 'console-audit',
  load: () => import('./audit-screen.js'),
  title: () => msg('Audit trail'),
  nav: { section: 'commune', label: () => msg('Audit trail'), order: 30 },
});
