import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/petitions',
  tag: 'console-petitions',
  load: () => import('./petitions-list-screen.js'),
  title: () => msg('Petitions'),
  nav: { section: 'participation', label: () => msg('Petitions'), order: 10 },
});

registerScreen({
  path: '/petitions/new',
  tag: 'console-petition-editor',
  load: () => import('./petition-editor-screen.js'),
  title: () => msg('New petition'),
  roles: ['editor'],
});

registerScreen({
  path: '/petitions/:id/edit',
  tag: 'console-petition-editor',
  load: () => import('./petition-editor-screen.js'),
  title: () => msg('Edit the petition'),
  roles: ['editor'],
});

registerScreen({
  path: '/petitions/:id',
  tag: 'console-petition',
  load: () => import('./petition-screen.js'),
  title: () => msg('Petition'),
});
