import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/consultations',
  tag: 'console-consultations',
  load: () => import('./consultation-list.screen.js'),
  title: () => msg('Consultations'),
  nav: { section: 'participation', label: () => msg('Consultations'), order: 20 },
});

registerScreen({
  path: '/consultations/new',
  tag: 'console-consultation-editor',
  load: () => import('./consultation-editor.screen.js'),
  title: () => msg('New consultation'),
  roles: ['editor'],
});

registerScreen({
  path: '/consultations/:id/edit',
  tag: 'console-consultation-editor',
  load: () => import('./consultation-editor.screen.js'),
  title: () => msg('Edit the consultation'),
  roles: ['editor'],
});

registerScreen({
  path: '/consultations/:id',
  tag: 'console-consultation',
  load: () => import('./consultation-results.screen.js'),
  title: () => msg('Consultation: results and publication'),
});
