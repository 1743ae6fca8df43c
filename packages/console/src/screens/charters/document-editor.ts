/**
 * The structured editor of a charter's text: parts, their chapters, articles, and each
 * article's blocks (paragraphs, lists, commitments of a party, definitions). Structured
 * data, never HTML: what staff write is what the charter element renders.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  CHARTER_PARTIES,
  formatNumber,
  type CharterArticle,
  type CharterBlock,
  type CharterChapter,
  type CharterDocument,
  type CharterPart,
  type LocalizedText,
  type Locale,
} from '@mocharaka/core';
import { checkboxField, inputField, localizedField, type FieldErrors } from '../consultations/form-fields.js';
import { emptyText, fieldIdOf, move, nextId, removeAt, replaceAt } from '../consultations/survey-draft.js';
import { BLOCK_TYPES, blankArticle, blankBlock, blankPart, changeBlockType, type BlockType } from './charter-draft.js';

export interface DocumentEditorContext {
  document: CharterDocument;
  locale: Locale;
  errors: FieldErrors;
  onChange(document: CharterDocument): void;
  focusLater(id: string): void;
}

function blockTypeName(type: BlockType): string {
  switch (type) {
    case 'paragraph':
      return msg('Paragraph');
    case 'list':
      return msg('List');
    case 'commitments':
      return msg('Commitments of a party');
    case 'definitions':
      return msg('Definitions');
  }
}

export function partyName(party: (typeof CHARTER_PARTIES)[number]): string {
  switch (party) {
    case 'commune':
      return msg('The commune');
    case 'associations':
      return msg('Associations');
    case 'citizens':
      return msg('Citizens');
  }
}

/** Up, down and remove buttons for the item at `index` of a list of `count`; focus follows the item. */
function itemActions(options: {
  path: string;
  name: string;
  index: number;
  count: number;
  min: number;
  move(to: number): void;
  remove(): void;
  focusLater(id: string): void;
  removeFocus: string;
}): TemplateResult {
  const { path, name, index, count } = options;
  const id = fieldIdOf(path);
  const go = (to: number, button: 'up' | 'down') => {
    options.move(to);
    const edge = to === 0 || to === count - 1;
    const base = `${fieldIdOf(path.replace(/\.\d+$/, `.${to}`))}`;
    options.focusLater(`${base}-${edge ? (button === 'up' ? 'down' : 'up') : button}`);
  };
  return html`<div class="item-actions">
    <button
      type="button"
      class="button secondary small"
      id="${id}-up"
      ?disabled=${index === 0}
      aria-label=${msg(str`Move ${name} up`)}
      @click=${() => go(index - 1, 'up')}
    >
      ${msg('Up')}
    </button>
    <button
      type="button"
      class="button secondary small"
      id="${id}-down"
      ?disabled=${index === count - 1}
      aria-label=${msg(str`Move ${name} down`)}
      @click=${() => go(index + 1, 'down')}
    >
      ${msg('Down')}
    </button>
    <button
      type="button"
      class="button secondary small danger"
      ?disabled=${count <= options.min}
      aria-label=${msg(str`Remove ${name}`)}
      @click=${() => {
        options.remove();
        options.focusLater(options.removeFocus);
      }}
    >
      ${msg('Remove')}
    </button>
  </div>`;
}

export function documentEditor(context: DocumentEditorContext): TemplateResult {
  const { document } = context;
  const n = (index: number) => formatNumber(context.locale, index + 1);
  const setParts = (parts: CharterPart[]) => context.onChange({ parts });
  return html`<section aria-labelledby="document-title" id=${fieldIdOf('document')} tabindex="-1" data-label=${msg('Text of the charter')}>
    <h2 id="document-title">${msg('Text of the charter')}</h2>
    <p class="hint">
      ${msg('Parts hold articles and chapters; an article’s number and identifier are unique in the whole charter. Keep an article’s identifier when you change its text, so versions can be compared.')}
    </p>
    ${document.parts.map((part, p) => {
      const path = `document.parts.${p}`;
      const name = msg(str`Part ${n(p)}`);
      const setPart = (next: CharterPart) => setParts(replaceAt(document.parts, p, next));
      return html`<fieldset class="section-card" id=${fieldIdOf(path)} tabindex="-1" data-label=${name}>
        <legend><h3>${name}</h3></legend>
        ${itemActions({ path, name, index: p, count: document.parts.length, min: 1, move: (to) => setParts(move(document.parts, p, to)), remove: () => setParts(removeAt(document.parts, p)), focusLater: context.focusLater, removeFocus: 'add-part' })}
        ${inputField({ path: `${path}.id`, label: msg('Identifier'), required: true, dir: 'ltr', value: part.id, errors: context.errors, onChange: (id) => setPart({ ...part, id }) })}
        ${localizedField({ path: `${path}.title`, label: msg(str`${name}: title`), required: true, value: part.title, errors: context.errors, onChange: (title) => setPart({ ...part, title }) })}
        ${articleList(context, `${path}.articles`, part.articles ?? [], (articles) => setPart({ ...part, articles }))}
        ${(part.chapters ?? []).map((chapter, c) =>
          chapterEditor(
            context,
            `${path}.chapters.${c}`,
            chapter,
            c,
            part.chapters!.length,
            (next) => {
              const chapters = next === undefined ? removeAt(part.chapters!, c) : replaceAt(part.chapters!, c, next);
              setPart({ ...part, chapters });
            },
            (to) => setPart({ ...part, chapters: move(part.chapters!, c, to) }),
          ),
        )}
        <button
          type="button"
          class="button secondary"
          id="${fieldIdOf(path)}-add-chapter"
          @click=${() => {
            const chapters = part.chapters ?? [];
            const id = nextId(
              'chapter-',
              document.parts.flatMap((one) => (one.chapters ?? []).map((chapter) => chapter.id)),
            );
            setPart({ ...part, chapters: [...chapters, { id, title: emptyText(), articles: [blankArticle(document)] }] });
            context.focusLater(fieldIdOf(`${path}.chapters.${chapters.length}.title.ar`));
          }}
        >
          ${msg(str`Add a chapter to ${name}`)}
        </button>
      </fieldset>`;
    })}
    <button
      type="button"
      class="button secondary"
      id="add-part"
      ?disabled=${document.parts.length >= 30}
      @click=${() => {
        setParts([...document.parts, blankPart(document)]);
        context.focusLater(fieldIdOf(`document.parts.${document.parts.length}.title.ar`));
      }}
    >
      ${msg('Add a part')}
    </button>
  </section>`;
}

function chapterEditor(
  context: DocumentEditorContext,
  path: string,
  chapter: CharterChapter,
  index: number,
  count: number,
  onChange: (chapter: CharterChapter | undefined) => void,
  onMove: (to: number) => void,
): TemplateResult {
  const name = msg(str`Chapter ${formatNumber(context.locale, index + 1)}`);
  return html`<fieldset class="question-card" id=${fieldIdOf(path)} tabindex="-1" data-label=${name}>
    <legend><h4>${name}</h4></legend>
    ${itemActions({ path, name, index, count, min: 0, move: onMove, remove: () => onChange(undefined), focusLater: context.focusLater, removeFocus: `${fieldIdOf(path.replace(/\.chapters\.\d+$/, ''))}-add-chapter` })}
    ${inputField({ path: `${path}.id`, label: msg('Identifier'), required: true, dir: 'ltr', value: chapter.id, errors: context.errors, onChange: (id) => onChange({ ...chapter, id }) })}
    ${localizedField({ path: `${path}.title`, label: msg(str`${name}: title`), required: true, value: chapter.title, errors: context.errors, onChange: (title) => onChange({ ...chapter, title }) })}
    ${articleList(context, `${path}.articles`, chapter.articles, (articles) => onChange({ ...chapter, articles }), 1)}
  </fieldset>`;
}

function articleList(
  context: DocumentEditorContext,
  path: string,
  articles: readonly CharterArticle[],
  onChange: (articles: CharterArticle[]) => void,
  min = 0,
): TemplateResult {
  return html`<ol class="questions" id=${fieldIdOf(path)} tabindex="-1" data-label=${msg('Articles')}>
      ${articles.map((article, a) =>
        articleEditor(
          context,
          `${path}.${a}`,
          article,
          a,
          articles.length,
          min,
          (next) => onChange(next === undefined ? removeAt(articles, a) : replaceAt(articles, a, next)),
          (to) => onChange(move(articles, a, to)),
        ),
      )}
    </ol>
    <button
      type="button"
      class="button secondary small"
      id="${fieldIdOf(path)}-add"
      @click=${() => {
        onChange([...articles, blankArticle(context.document)]);
        context.focusLater(fieldIdOf(`${path}.${articles.length}.number`));
      }}
    >
      ${msg('Add an article here')}
    </button>`;
}

function articleEditor(
  context: DocumentEditorContext,
  path: string,
  article: CharterArticle,
  index: number,
  count: number,
  min: number,
  onChange: (article: CharterArticle | undefined) => void,
  onMove: (to: number) => void,
): TemplateResult {
  const { errors } = context;
  const name = msg(str`Article ${formatNumber(context.locale, article.number)}`);
  const setBlocks = (blocks: CharterBlock[]) => onChange({ ...article, blocks });
  return html`<li class="item" id=${fieldIdOf(path)} tabindex="-1" data-label=${name}>
    <div class="card-head">
      <p><strong>${name}</strong></p>
      ${itemActions({ path, name, index, count, min, move: onMove, remove: () => onChange(undefined), focusLater: context.focusLater, removeFocus: `${fieldIdOf(path.replace(/\.\d+$/, ''))}-add` })}
    </div>
    <div class="row">
      ${inputField({ path: `${path}.number`, label: msg('Number'), required: true, type: 'number', value: String(article.number), errors, onChange: (value) => onChange({ ...article, number: Number(value) }) })}
      ${inputField({ path: `${path}.id`, label: msg('Identifier'), required: true, dir: 'ltr', value: article.id, errors, onChange: (id) => onChange({ ...article, id }) })}
    </div>
    ${localizedField({ path: `${path}.title`, label: msg(str`${name}: title`), value: article.title ?? emptyText(), errors, onChange: (title) => onChange({ ...article, title }) })}
    ${article.blocks.map((block, b) => {
      const blockPath = `${path}.blocks.${b}`;
      const blockName = msg(str`${name}, block ${formatNumber(context.locale, b + 1)}`);
      return html`<div class="block" id=${fieldIdOf(blockPath)} tabindex="-1" data-label=${blockName}>
        <div class="row">
          <div class="field">
            <label for="${fieldIdOf(blockPath)}-type">${msg(str`${blockName}: kind`)}</label>
            <select
              id="${fieldIdOf(blockPath)}-type"
              @change=${(event: Event) => setBlocks(replaceAt(article.blocks, b, changeBlockType(block, (event.target as HTMLSelectElement).value as BlockType)))}
            >
              ${BLOCK_TYPES.map((type) => html`<option value=${type} ?selected=${type === block.type}>${blockTypeName(type)}</option>`)}
            </select>
          </div>
        </div>
        ${blockEditor(context, blockPath, blockName, block, (next) => setBlocks(replaceAt(article.blocks, b, next)))}
        ${itemActions({ path: blockPath, name: blockName, index: b, count: article.blocks.length, min: 1, move: (to) => setBlocks(move(article.blocks, b, to)), remove: () => setBlocks(removeAt(article.blocks, b)), focusLater: context.focusLater, removeFocus: `${fieldIdOf(path)}-add-block` })}
      </div>`;
    })}
    <button
      type="button"
      class="button secondary small"
      id="${fieldIdOf(path)}-add-block"
      ?disabled=${article.blocks.length >= 40}
      @click=${() => {
        setBlocks([...article.blocks, blankBlock('paragraph')]);
        context.focusLater(fieldIdOf(`${path}.blocks.${article.blocks.length}.text.ar`));
      }}
    >
      ${msg(str`Add a block to ${name}`)}
    </button>
  </li>`;
}

function blockEditor(
  context: DocumentEditorContext,
  path: string,
  name: string,
  block: CharterBlock,
  onChange: (block: CharterBlock) => void,
): TemplateResult {
  const { errors } = context;
  const n = (index: number) => formatNumber(context.locale, index + 1);
  const texts = (items: readonly LocalizedText[], set: (items: LocalizedText[]) => void) =>
    html` <ol class="plain">
        ${items.map(
          (item, i) =>
            html`<li class="item" id=${fieldIdOf(`${path}.items.${i}`)} tabindex="-1" data-label=${msg(str`${name}, item ${n(i)}`)}>
              ${localizedField({ path: `${path}.items.${i}`, label: msg(str`Item ${n(i)}`), required: true, multiline: true, value: item, errors, onChange: (text) => set(replaceAt(items, i, text)) })}
              ${itemActions({ path: `${path}.items.${i}`, name: msg(str`item ${n(i)}`), index: i, count: items.length, min: 1, move: (to) => set(move(items, i, to)), remove: () => set(removeAt(items, i)), focusLater: context.focusLater, removeFocus: `${fieldIdOf(path)}-add-item` })}
            </li>`,
        )}
      </ol>
      <button
        type="button"
        class="button secondary small"
        id="${fieldIdOf(path)}-add-item"
        ?disabled=${items.length >= 60}
        @click=${() => {
          set([...items, emptyText()]);
          context.focusLater(fieldIdOf(`${path}.items.${items.length}.ar`));
        }}
      >
        ${msg('Add an item')}
      </button>`;
  switch (block.type) {
    case 'paragraph':
      return localizedField({
        path: `${path}.text`,
        label: msg('Text'),
        required: true,
        multiline: true,
        value: block.text,
        errors,
        onChange: (text) => onChange({ ...block, text }),
      });
    case 'list':
      return html`${checkboxField({ id: `${fieldIdOf(path)}-ordered`, label: msg('Numbered list'), checked: block.ordered ?? false, onChange: (ordered) => onChange({ ...block, ordered }) })}
      ${texts(block.items, (items) => onChange({ ...block, items }))}`;
    case 'commitments':
      return html`<div class="field">
          <label for="${fieldIdOf(path)}-party">${msg('Who commits')}</label>
          <select
            id="${fieldIdOf(path)}-party"
            @change=${(event: Event) => onChange({ ...block, party: (event.target as HTMLSelectElement).value as typeof block.party })}
          >
            ${CHARTER_PARTIES.map((party) => html`<option value=${party} ?selected=${party === block.party}>${partyName(party)}</option>`)}
          </select>
        </div>
        ${texts(block.items, (items) => onChange({ ...block, items }))}`;
    case 'definitions':
      return html`<ol class="plain">
          ${block.items.map((item, i) => {
            const itemPath = `${path}.items.${i}`;
            const set = (next: typeof item) => onChange({ ...block, items: replaceAt(block.items, i, next) });
            return html`<li class="item" id=${fieldIdOf(itemPath)} tabindex="-1" data-label=${msg(str`${name}, definition ${n(i)}`)}>
              ${localizedField({ path: `${itemPath}.term`, label: msg(str`Term ${n(i)}`), required: true, value: item.term, errors, onChange: (term) => set({ ...item, term }) })}
              ${localizedField({ path: `${itemPath}.definition`, label: msg(str`Definition ${n(i)}`), required: true, multiline: true, value: item.definition, errors, onChange: (definition) => set({ ...item, definition }) })}
              ${itemActions({ path: itemPath, name: msg(str`definition ${n(i)}`), index: i, count: block.items.length, min: 1, move: (to) => onChange({ ...block, items: move(block.items, i, to) }), remove: () => onChange({ ...block, items: removeAt(block.items, i) }), focusLater: context.focusLater, removeFocus: `${fieldIdOf(path)}-add-item` })}
            </li>`;
          })}
        </ol>
        <button
          type="button"
          class="button secondary small"
          id="${fieldIdOf(path)}-add-item"
          ?disabled=${block.items.length >= 60}
          @click=${() => {
            onChange({ ...block, items: [...block.items, { term: emptyText(), definition: emptyText() }] });
            context.focusLater(fieldIdOf(`${path}.items.${block.items.length}.term.ar`));
          }}
        >
          ${msg('Add a definition')}
        </button>`;
  }
}
