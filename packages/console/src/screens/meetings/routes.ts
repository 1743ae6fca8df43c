import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/meetings',
  tag: 'console-meetings',
  load: () => import('./meeting-list.screen.js'),
  title: () => msg('Citizen meetings'),
  nav: { section: 'participation', label: () => msg('Citizen meetings'), order: 35 },
});

registerScreen({
  path: '/meetings/new',
  tag: 'console-meeting-editor',
  load: () => import('./meeting-editor.screen.js'),
  title: () => msg('New meeting'),
  roles: ['editor'],
});

registerScreen({
  path: '/meetings/:id/edit',
  tag: 'console-meeting-editor',
  load: () => import('./meeting-editor.screen.js'),
  title: () => msg('Edit the meeting'),
  roles: ['editor'],
});

registerScreen({
  path: '/meetings/:id',
  tag: 'console-meeting',
  load: () => import('./meeting.screen.js'),
  title: () => msg('Meeting: attendance and minutes'),
});
