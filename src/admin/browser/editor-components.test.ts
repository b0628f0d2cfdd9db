import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_KIT } from '../../components/mdx/kit';
import { editorComponentIds, editorComponents, type EditorComponent } from './editor-components';

const components = editorComponents({
  kit: MDX_KIT,
  ranges: { lat: { min: -90, max: 90 }, lon: { min: -180, max: 180 } },
});
const byId = (id: string) => components.find((c) => c.id === id)!;
/** One block of every component, in the shapes the kit's READMEs show. */
const demo = `<Figure caption="Xòe dancers in Mường Lò" credit="Sơn La Department of Culture">
![Dancers in a circle holding hands](./photo.svg)
</Figure>

<Gallery caption="Two views">
![A mountain ridge](./photo.svg)
![The same ridge at dusk](./photo.svg)
</Gallery>

<Callout type="tip" title="Before you go">
Roads are steep after rain.
</Callout>

<Aside>A plain note.</Aside>

<FactBox title="Sơn La at a glance" source="General Statistics Office, 2024" sourceUrl="https://www.gso.gov.vn/">
  <Fact value="14,109 km²" label="Area" />
  <Fact value="12" label="Ethnic groups" source="Provincial census" />
</FactBox>

<Timeline title="Milestones">
  <TimelineItem date="1945" title="A first event">
  What happened.
  </TimelineItem>
  <TimelineItem date="2025" title="A second event" />
</Timeline>

<VideoEmbed id="aBcD3fGh1jK" title="Xòe dance" start={30} />

<DocumentLink href="/documents/kit-demo.txt" title="The plan (text)" lang="vi" />

<PlaceMap lat={21.3269} lon={103.9144} precision="city" label="Sơn La city" />

See [the English about page](/en/about/).
`;

/** What Sveltia does: match the pattern at a line, read the props, write them back. */
function roundTrip(component: EditorComponent, text: string, edit?: (props: any) => void) {
  const match = text.match(component.pattern);
  if (!match) throw new Error(`${component.id} does not match:\n${text}`);
  const props = structuredClone(component.fromBlock(match));
  edit?.(props);
  return { match: match[0], out: component.toBlock(props), props };
}

describe('MDX kit components in the editor', () => {
  it('offers every top-level kit component, and only kit components', () => {
    const inner = ['Fact', 'TimelineItem'];
    expect(editorComponentIds(MDX_KIT).sort()).toEqual(
      Object.keys(MDX_KIT)
        .filter((name) => !inner.includes(name))
        .sort(),
    );
    for (const name of [
      'Callout',
      'FactBox',
      'Figure',
      'Gallery',
      'Timeline',
      'DocumentLink',
      'PlaceMap',
      'VideoEmbed',
    ])
      expect(components.map((c) => c.id)).toContain(name);
  });

  it('reads and writes every block of the kit page byte for byte', () => {
    for (const component of components) {
      const { match, out } = roundTrip(component, demo);
      expect(out, component.id).toBe(match);
    }
  });

  it('reads and writes every component block of the real pages and the kit’s examples byte for byte', () => {
    let blocks = 0;
    const kitExamples = readdirSync('src/components/mdx', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const dir = join('src/components/mdx', entry.name, 'examples');
        return existsSync(dir)
          ? readdirSync(dir)
              .filter((n) => n.endsWith('.mdx'))
              .map((n) => join(dir, n))
          : [];
      });
    const pages = readdirSync('content').flatMap((collection) =>
      readdirSync(join('content', collection)).flatMap((topic) =>
        ['vi', 'en'].map((locale) => join('content', collection, topic, `index.${locale}.mdx`)),
      ),
    );
    expect(kitExamples.length).toBeGreaterThan(5);
    for (const file of [...pages, ...kitExamples]) {
      const lines = readFileSync(file, 'utf8').split('\n');
      // As Sveltia does: at each line, does a component's block start here?
      lines.forEach((_, i) => {
        const rest = lines.slice(i).join('\n');
        for (const component of components) {
          const match = rest.match(component.pattern);
          if (!match || match.index !== 0) continue;
          blocks += 1;
          expect(
            component.toBlock(structuredClone(component.fromBlock(match))),
            `${file}:${i + 1}`,
          ).toBe(match[0]);
        }
      });
    }
    expect(blocks).toBeGreaterThan(5);
  });

  it('keeps spacing, attribute order and attributes the form does not know', () => {
    const text =
      '<Callout  title="Đường đèo"\n  data-note="keep me" type="warning" >\nĐường dốc.\n</Callout>';
    const { out } = roundTrip(byId('Callout'), text);
    expect(out).toBe(text);
    const edited = roundTrip(byId('Callout'), text, (p) => (p.type = 'tip')).out;
    expect(edited).toBe(text.replace('type="warning"', 'type="tip"'));
  });

  it('rewrites only the edited attribute or item', () => {
    const edits: [string, (p: any) => void, string, string][] = [
      [
        'Figure',
        (p) => (p.caption = 'Múa xòe'),
        'caption="Xòe dancers in Mường Lò"',
        'caption="Múa xòe"',
      ],
      ['PlaceMap', (p) => (p.lat = 21.33), 'lat={21.3269}', 'lat={21.33}'],
      ['VideoEmbed', (p) => (p.start = 45), 'start={30}', 'start={45}'],
      ['FactBox', (p) => (p.items[1].value = '13'), '<Fact value="12"', '<Fact value="13"'],
      ['Timeline', (p) => (p.items[0].text = 'What followed.'), 'What happened.', 'What followed.'],
      ['Gallery', (p) => (p.images[1].alt = 'Dusk'), '![The same ridge at dusk]', '![Dusk]'],
      [
        'Callout',
        (p) => (p.title = 'He said "go"'),
        'title="Before you go"',
        'title={"He said \\"go\\""}',
      ],
    ];
    for (const [id, edit, from, to] of edits) {
      const { match, out } = roundTrip(byId(id), demo, edit);
      expect(out, id).toBe(match.replace(from, to));
    }
  });

  it('adds and removes optional attributes and list items', () => {
    const { match, out } = roundTrip(byId('DocumentLink'), demo, (p) => (p.lang = ''));
    expect(out).toBe(match.replace(' lang="vi"', ''));
    const added = roundTrip(byId('PlaceMap'), demo, (p) => (p.basis = 'trung tâm thành phố')).out;
    expect(added).toBe(
      '<PlaceMap lat={21.3269} lon={103.9144} precision="city" label="Sơn La city" basis="trung tâm thành phố" />',
    );
    const timeline = roundTrip(byId('Timeline'), demo, (p) =>
      p.items.push({ date: '2030', title: 'Later' }),
    );
    expect(timeline.out).toBe(
      timeline.match.replace(
        '<TimelineItem date="2025" title="A second event" />',
        '<TimelineItem date="2025" title="A second event" />\n  <TimelineItem date="2030" title="Later" />',
      ),
    );
  });

  it('writes a new block the way the kit’s README shows it, and reads it back', () => {
    const fresh: [string, Record<string, unknown>, string][] = [
      [
        'Callout',
        { type: 'tip', title: 'Mùa mưa', text: 'Đường trơn.' },
        '<Callout type="tip" title="Mùa mưa">\nĐường trơn.\n</Callout>',
      ],
      [
        'PlaceMap',
        {
          lat: 21.3269,
          lon: 103.9144,
          precision: 'commune',
          label: 'Chiềng Cơi',
          outsideProvince: false,
        },
        '<PlaceMap lat={21.3269} lon={103.9144} precision="commune" label="Chiềng Cơi" />',
      ],
      [
        'Figure',
        { caption: 'Xòe', images: [{ src: './xoe.jpg', alt: 'Vòng xòe' }] },
        '<Figure caption="Xòe">\n![Vòng xòe](./xoe.jpg)\n</Figure>',
      ],
      [
        'FactBox',
        { title: 'Sơn La', source: 'GSO', items: [{ value: '12', label: 'Dân tộc' }] },
        '<FactBox title="Sơn La" source="GSO">\n  <Fact value="12" label="Dân tộc" />\n</FactBox>',
      ],
      [
        'VideoEmbed',
        { id: 'aBcD3fGh1jK', title: 'Xòe' },
        '<VideoEmbed id="aBcD3fGh1jK" title="Xòe" />',
      ],
    ];
    for (const [id, props, text] of fresh) {
      expect(byId(id).toBlock(props), id).toBe(text);
      expect(roundTrip(byId(id), text).out, id).toBe(text);
    }
  });

  it('leaves as text what the form could not show (never dropping it)', () => {
    const untouched = [
      '<PlaceMap lat={coords.lat} lon={103.9} precision="city" label="x" />',
      'Text before <VideoEmbed id="aBcD3fGh1jK" title="Xòe" /> on one line',
      '<Figure caption="x">\n![a](./a.jpg)\nA caption paragraph the form has no field for.\n</Figure>',
      "<Callout type='tip'>single quotes</Callout>",
    ];
    for (const text of untouched)
      for (const component of components)
        expect(text.match(component.pattern), `${component.id}: ${text}`).toBeNull();
  });

  it('imports nothing from the rest of the site, so the bundled editor is cached across builds', () => {
    const dir = 'src/admin/browser';
    for (const name of readdirSync(dir).filter(
      (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'),
    )) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const [, from] of text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm))
        expect(
          from!.startsWith('.') ? from!.startsWith('./') : true,
          `${name} imports ${from}`,
        ).toBe(true);
    }
  });
});
