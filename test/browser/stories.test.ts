/**
 * Every Storybook story, rendered as Storybook renders it (portable stories with the
 * project's decorators: locale, direction, theme), its `play` function run, then axe over
 * the result — as GOV.UK runs axe on every example.
 */
import { expect } from '../support/browser-testing.js';
import * as webComponents from '@storybook/web-components/entry-preview';
import { composeStories, setProjectAnnotations } from 'storybook/preview-api';
import type { ComposedStoryFn, Store_CSFExports } from 'storybook/internal/types';
import * as preview from '../../.storybook/preview.js';
import * as charter from '../../stories/charter.stories.js';
import * as consultation from '../../stories/consultation.stories.js';
import * as petition from '../../stories/petition.stories.js';
import * as satisfaction from '../../stories/satisfaction.stories.js';
import * as suggestions from '../../stories/suggestions.stories.js';
import * as meetings from '../../stories/meetings.stories.js';
import * as actionPlan from '../../stories/action-plan.stories.js';

// The renderer's annotations (render, renderToCanvas) first, then the project's decorators and globals.
const annotations = setProjectAnnotations([webComponents, preview]);

// Each module's args are its own; composeStories takes any CSF module.
const MODULES = { charter, consultation, petition, satisfaction, suggestions, meetings, actionPlan } as unknown as Record<
  string,
  Store_CSFExports
>;

for (const [title, module] of Object.entries(MODULES)) {
  describe(`stories: ${title}`, () => {
    let canvasElement: HTMLElement;
    beforeEach(() => {
      localStorage.clear();
      sessionStorage.clear();
      canvasElement = document.createElement('div');
      document.body.append(canvasElement);
    });
    afterEach(() => canvasElement.remove());

    for (const [name, story] of Object.entries(composeStories(module, annotations) as Record<string, ComposedStoryFn>)) {
      it(`${name}: renders, plays, and passes axe`, async () => {
        await story.run({ canvasElement });
        await expect(canvasElement).to.be.accessible();
      });
    }
  });
}
