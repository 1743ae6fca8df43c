import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../client/api-error.js';

/**
 * A part of an element that only some paths need, downloaded the first time one asks
 * for it: then `module`, or `failure` (`MODULE_UNAVAILABLE`: a browser keeps a failed
 * module download failed for the page, so there is no retry) if it could not be
 * downloaded. `arrived` runs before the element renders it (adopting its styles, adding
 * its controllers); the element renders again either way.
 */
export class LazyModule<Module> {
  module?: Module;
  failure?: ApiError;

  readonly #host: ReactiveControllerHost;
  readonly #importer: () => Promise<Module>;
  readonly #arrived?: (module: Module) => void;
  #loading?: Promise<Module | undefined>;

  constructor(host: ReactiveControllerHost, importer: () => Promise<Module>, arrived?: (module: Module) => void) {
    this.#host = host;
    this.#importer = importer;
    this.#arrived = arrived;
  }

  /** Starts the download once; resolves to the module, or undefined once `failure` is set. */
  load(): Promise<Module | undefined> {
    return (this.#loading ??= ApiError.lazyModule(this.#importer()).then(
      (module) => {
        this.#arrived?.(module);
        this.module = module;
        this.#host.requestUpdate();
        return module;
      },
      (error: ApiError) => {
        this.failure = error;
        this.#host.requestUpdate();
        return undefined;
      },
    ));
  }
}
