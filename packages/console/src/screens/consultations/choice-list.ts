import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, type Choice, type Locale } from '@mocharaka/core';
import { localizedField, type FieldErrors } from './form-fields.js';
import { fieldIdOf, move, nextId, removeAt, replaceAt } from './survey-draft.js';

export interface ChoiceListOptions {
  /** Request path of the array, e.g. `survey.sections.0.questions.2.options`. */
  path: string;
  /** The group's name, e.g. "Options" or "Rows". */
  legend: string;
  /** One item's name with its number, e.g. "Option 2". */
  itemLabel(n: string): string;
  items: readonly Choice[];
  /** Prefix of generated ids (`o1`, `o2`…). */
  idPrefix: string;
  min: number;
  max: number;
  multiline?: boolean;
  locale: Locale;
  errors: FieldErrors;
  onChange(items: Choice[]): void;
  /** Moves focus once the list is drawn again (the moved item's button, the new item's box). */
  focusLater(id: string): void;
}

/** An ordered list of labelled items (options, rows, columns, paragraphs) to add, edit, move and remove. */
export function choiceList(options: ChoiceListOptions): TemplateResult {
  const { path, items, locale, errors } = options;
  const n = (index: number) => formatNumber(locale, index + 1);
  const moveTo = (from: number, to: number, button: 'up' | 'down') => {
    options.onChange(move(items, from, to));
    const landed = Math.max(0, Math.min(items.length - 1, to));
    const edge = (button === 'up' && landed === 0) || (button === 'down' && landed === items.length - 1);
    options.focusLater(`${fieldIdOf(`${path}.${landed}`)}-${edge ? (button === 'up' ? 'down' : 'up') : button}`);
  };
  const add = () => {
    const id = nextId(
      options.idPrefix,
      items.map((item) => item.id),
    );
    options.onChange([...items, { id, label: { ar: '', fr: '' } }]);
    options.focusLater(fieldIdOf(`${path}.${items.length}.label.ar`));
  };
  return html`<fieldset class="choice-list" id=${fieldIdOf(path)} tabindex="-1" data-label=${options.legend}>
    <legend>${options.legend}</legend>
    <ol>
      ${items.map((item, index) => {
        const itemPath = `${path}.${index}`;
        const name = options.itemLabel(n(index));
        return html`<li class="item" id=${fieldIdOf(itemPath)} tabindex="-1" data-label=${name}>
          ${localizedField({
            path: `${itemPath}.label`,
            label: name,
            required: true,
            multiline: options.multiline,
            value: item.label,
            errors,
            onChange: (label) => options.onChange(replaceAt(items, index, { ...item, label })),
          })}
          <div class="item-actions">
            <button
              type="button"
              class="button secondary small"
              id="${fieldIdOf(itemPath)}-up"
              ?disabled=${index === 0}
              aria-label=${msg(str`Move ${name} up`)}
              @click=${() => moveTo(index, index - 1, 'up')}
            >
              ${msg('Up')}
            </button>
            <button
              type="button"
              class="button secondary small"
              id="${fieldIdOf(itemPath)}-down"
              ?disabled=${index === items.length - 1}
              aria-label=${msg(str`Move ${name} down`)}
              @click=${() => moveTo(index, index + 1, 'down')}
            >
              ${msg('Down')}
            </button>
            <button
              type="button"
              class="button secondary small danger"
              ?disabled=${items.length <= options.min}
              aria-label=${msg(str`Remove ${name}`)}
              @click=${() => {
                options.onChange(removeAt(items, index));
                options.focusLater(`${fieldIdOf(path)}-add`);
              }}
            >
              ${msg('Remove')}
            </button>
          </div>
        </li>`;
      })}
    </ol>
    <button type="button" class="button secondary small" id="${fieldIdOf(path)}-add" ?disabled=${items.length >= options.max} @click=${add}>
      ${msg(str`Add: ${options.itemLabel(n(items.length))}`)}
    </button>
  </fieldset>`;
}
