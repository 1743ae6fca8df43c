// @storybook/web-components publishes no types for its renderer annotations; the stories' test only passes them on.
declare module '@storybook/web-components/entry-preview' {
  import type { ProjectAnnotations } from 'storybook/internal/types';
  import type { WebComponentsRenderer } from '@storybook/web-components';
  const annotations: ProjectAnnotations<WebComponentsRenderer>;
  export = annotations;
}
