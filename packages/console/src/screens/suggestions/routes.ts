import { msg } from '@lit/localize';
import { registerScreen } from '../../shell/screens.js';

registerScreen({
  path: '/suggestions',
  tag: 'console-suggestion-queue',
  load: () => import('./suggestion-queue.screen.js'),
  title: () => msg('Suggestions and remarks'),
  nav: { section: 'participation', label: () => msg('Suggestions'), order: 35 },
});

registerScreen({
  path: '/suggestions/box',
  tag: 'console-suggestion-box',
  load: () => import('./suggestion-box.screen.js'),
  title: () => msg('Suggestion box: topics, neighbourhoods, departments'),
  roles: ['editor'],
});

registerScreen({
  path: '/suggestions/:code',
  tag: 'console-suggestion',
  load: () => import('./suggestion.screen.js'),
  title: () => msg('Suggestion: triage and answer'),
  roles: ['editor', 'moderator'],
});
