import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a draft lives. `session`: gone with the tab — for drafts holding personal data
 * (a national ID on a shared family phone). `local`: survives closing the browser — for
 * long answers without personal data (a consultation).
 */
export type DraftPersistence = 'session' | 'local';

export interface DraftOptions<Draft> {
  /** The storage key, or undefined while the host is not configured (nothing is kept). */
  key(): string | undefined;
  persistence: DraftPersistence;
  /** A fresh, empty draft. */
  empty(): Draft;
  /** Rebuilds a draft from what storage held (may be anything: validate each field). */
  restore(stored: unknown): Draft;
  /** What of the draft is written (e.g. without the consent, given anew on every visit); the whole draft by default. */
  keep?(draft: Draft): unknown;
  /** True when nothing worth keeping was typed: the stored copy is removed. */
  isEmpty(draft: Draft): boolean;
}

/**
 * A form's draft as a Lit reactive controller: `value` is restored from storage when
 * the key changes (another petition, another backend), written on every `set()`, and
 * removed by `clear()`. Storage blocked or full (private mode, sandboxed iframe) only
 * loses the survival across a reload.
 */
export class DraftController<Draft> implements ReactiveController {
  value: Draft;

  readonly #host: ReactiveControllerHost;
  readonly #options: DraftOptions<Draft>;
  #key?: string;
  #restored = false;

  constructor(host: ReactiveControllerHost, options: DraftOptions<Draft>) {
    this.#host = host;
    this.#options = options;
    this.value = options.empty();
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.#options.key();
    if (this.#restored && key === this.#key) return;
    this.#restored = true;
    this.#key = key;
    this.value = this.#read(key);
  }

  /** Changes the draft and writes it. */
  set(patch: Partial<Draft>): void {
    this.value = { ...this.value, ...patch };
    this.#write();
    this.#host.requestUpdate();
  }

  /** Empties the draft and forgets the stored copy (after a successful submission). */
  clear(): void {
    this.value = this.#options.empty();
    this.#write();
    this.#host.requestUpdate();
  }

  #read(key: string | undefined): Draft {
    try {
      const raw = key ? this.#storage()?.getItem(key) : null;
      return raw ? this.#options.restore(JSON.parse(raw)) : this.#options.empty();
    } catch {
      return this.#options.empty();
    }
  }

  #write() {
    const key = this.#key;
    if (!key) return;
    try {
      if (this.#options.isEmpty(this.value)) this.#storage()?.removeItem(key);
      else this.#storage()?.setItem(key, JSON.stringify((this.#options.keep ?? ((draft) => draft))(this.value)));
    } catch {
      // Storage blocked or full: the draft just does not survive a reload.
    }
  }

  #storage(): Storage | undefined {
    try {
      return this.#options.persistence === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
    } catch {
      return undefined;
    }
  }
}
