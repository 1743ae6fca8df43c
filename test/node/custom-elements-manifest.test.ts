/** Each element package's custom-elements.json (written by the build) documents its public API. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const ELEMENTS: Record<string, { attributes: string[]; events: string[] }> = {
  satisfaction: { attributes: ['service', 'mode', 'endpoint'], events: ['mocharaka-satisfaction-rated'] },
  petition: { attributes: ['petition', 'endpoint'], events: ['mocharaka-petition-signed'] },
  consultation: { attributes: ['consultation', 'endpoint'], events: ['mocharaka-consultation-submitted'] },
  charter: { attributes: ['charter', 'src', 'endpoint'], events: ['mocharaka-charter-adhered'] },
};

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}

for (const [name, expected] of Object.entries(ELEMENTS)) {
  test(`custom-elements.json of @mocharaka/${name}`, () => {
    const manifest = JSON.parse(readFileSync(`packages/${name}/custom-elements.json`, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((one) => one.tagName === `mocharaka-${name}`);
    assert.ok(element, `no <mocharaka-${name}> in the manifest`);
    const attributes = element.attributes?.map((attribute) => attribute.name) ?? [];
    for (const attribute of expected.attributes) assert.ok(attributes.includes(attribute), `attribute ${attribute} missing`);
    const events = element.events?.map((event) => event.name) ?? [];
    assert.deepEqual(events.sort(), [...expected.events, 'mocharaka-error', 'mocharaka-loaded'].sort());
    assert.ok(element.cssParts?.some((part) => part.name === 'base'), 'css part base missing');
    assert.ok(element.slots?.some((slot) => slot.name === ''), 'default slot (fallback content) missing');
  });
}
