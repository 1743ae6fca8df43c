import type { MocharakaBackend } from './backend.js';
import { HttpClient, type HttpBackendOptions } from './http-client.js';
import { actionPlanOverHttp } from './over-http/action-plan.js';
import { charterOverHttp } from './over-http/charter.js';
import { consultationOverHttp } from './over-http/consultation.js';
import { meetingsOverHttp } from './over-http/meetings.js';
import { petitionOverHttp } from './over-http/petition.js';
import { satisfactionOverHttp } from './over-http/satisfaction.js';
import { suggestionsOverHttp } from './over-http/suggestions.js';

export type { HttpBackendOptions } from './http-client.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the methods come from the per-resource parts
export interface HttpBackend extends MocharakaBackend {}

/**
 * The whole contract over HTTP, for apps that talk to every resource: the per-resource
 * backends of `over-http/` on one shared `HttpClient`. Elements do not use it: each
 * bundles only its own resource's part (see `MocharakaElement.httpBackend`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class HttpBackend {
  readonly endpoint: string;

  constructor(options: HttpBackendOptions) {
    const http = new HttpClient(options);
    this.endpoint = http.endpoint;
    Object.assign(
      this,
      satisfactionOverHttp(http),
      petitionOverHttp(http),
      consultationOverHttp(http),
      charterOverHttp(http),
      actionPlanOverHttp(http),
      suggestionsOverHttp(http),
      meetingsOverHttp(http),
    );
  }
}
