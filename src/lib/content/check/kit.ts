import type { Bilingual } from '../../../i18n/locales';
import type { AttributeValue } from './mdx';

/**
 * What the checker needs to know of the MDX kit (src/components/mdx/): each
 * component's properties, what it must contain, and its own rules. The kit is
 * handed in by the caller, so the checker does not import components.
 */
export interface KitElement {
  name: string;
  attribute(name: string): AttributeValue;
  /** Does a file exist at this address, as written in the page (`/documents/x.pdf`, `./a.jpg`)? */
  fileExists(url: string): boolean;
}

export interface KitComponent {
  /** Properties that must be given. */
  required: readonly string[];
  optional: readonly string[];
  /** Properties restricted to a list of values. */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** Properties that must be numbers, written in braces: `lat={21.3}`. */
  numbers?: readonly string[];
  /** What the component wraps, checked so an empty figure is caught. */
  children?: { kind: 'images'; min: number } | { kind: 'component'; name: string; min: number };
  /** The component's own rules beyond the above; messages come from check/messages.ts. */
  validate?: (element: KitElement) => Bilingual[];
}

export type Kit = Readonly<Record<string, KitComponent>>;
