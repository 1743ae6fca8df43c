import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/charters',
  tag: 'console-charters',
  load: () => import('./charter-list.screen.js'),
  title: () => msg('Charters'),
  nav: { section: 'participation', label: () => msg('Charters'), order: 30 },
});

registerScreen({
  path: '/charters/new',
  tag: 'console-charter-editor',
  load: () => import('./charter-editor.screen.js'),
  title: () => msg('New charter'),
  roles: ['editor'],
});

registerScreen({
  path: '/charters/:id/new-version',
  tag: 'console-charter-editor',
  load: () => import('./charter-editor.screen.js'),
  title: () => msg('New version of the charter'),
  roles: ['editor'],
});

registerScreen({
  path: '/charters/:id',
  tag: 'console-charter',
  load: () => import('./charter.screen.js'),
  title: () => msg('Charter: life cycle and adhesions'),
});
