/** Each element package's custom-elements.json (written by the build) documents its public API. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PUBLIC_TOKENS } from '../../packages/core/src/theme/public-tokens.ts';

const ELEMENTS: Record<string, { attributes: string[]; events: string[] }> = {
  satisfaction: { attributes: ['service', 'mode', 'endpoint'], events: ['mocharaka-satisfaction-rated'] },
  petition: { attributes: ['petition', 'endpoint'], events: ['mocharaka-petition-signed'] },
  consultation: { attributes: ['consultation', 'endpoint'], events: ['mocharaka-consultation-submitted'] },
  charter: { attributes: ['charter', 'src', 'endpoint'], events: ['mocharaka-charter-adhered'] },
  suggestions: { attributes: ['view', 'code', 'topic', 'endpoint'], events: ['mocharaka-suggestion-sent'] },
};

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  slots?: { name: string }[];
}

for (const [name, expected] of Object.entries(ELEMENTS)) {
  test(`custom-elements.json of @mocharaka/${name}`, () => {
    const manifest = JSON.parse(readFileSync(`packages/${name}/custom-elements.json`, 'utf8')) as {
      modules: { declarations?: Declaration[] }[];
    };
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((one) => one.tagName === `mocharaka-${name}`);
    assert.ok(element, `no <mocharaka-${name}> in the manifest`);
    const attributes = element.attributes?.map((attribute) => attribute.name) ?? [];
    for (const attribute of expected.attributes) assert.ok(attributes.includes(attribute), `attribute ${attribute} missing`);
    const events = element.events?.map((event) => event.name) ?? [];
    assert.deepEqual(events.sort(), [...expected.events, 'mocharaka-error', 'mocharaka-loaded'].sort());
    assert.ok(
      element.cssParts?.some((part) => part.name === 'base'),
      'css part base missing',
    );
    assert.ok(
      element.slots?.some((slot) => slot.name === ''),
      'default slot (fallback content) missing',
    );
    assert.ok(attributes.includes('lang'), 'the lang attribute is documented');
    // Typed events: generated JSX/Vue typings would otherwise give CustomEvent<never>.
    for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^Mocharaka\w+Event$/, `${event.name} has no type`);
    assert.deepEqual(
      Object.fromEntries((element.cssProperties ?? []).map((property) => [property.name, property.default])),
      PUBLIC_TOKENS,
      'every public theme token, with its default',
    );
  });
}
