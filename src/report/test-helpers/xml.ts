// A small, strict XML 1.0 parser for tests: elements, attributes, text and the XML declaration only.
// It rejects anything a conforming parser would (bad characters, stray `<` or `&`, `]]>` in text,
// mismatched tags) and returns the tree with entities decoded, so tests can compare values.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded (text of children excluded). */
  text: string;
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /\s*/y;
const ENTITY = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

export function parseXml(source: string): XmlElement {
  for (let i = 0; i < source.length; i++) {
    const code = source.codePointAt(i)!;
    if (code > 0xffff) i++;
    else if (!isXmlChar(code)) throw new Error(`invalid XML character U+${code.toString(16)} at ${i}`);
  }
  let pos = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${pos}: ${JSON.stringify(source.slice(pos, pos + 40))}`);
  };
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    const m = re.exec(source);
    if (!m) return undefined;
    pos += m[0].length;
    return m[0];
  };
  const skipSpace = () => match(SPACE);
  /** Decodes character data up to one of `stops`, rejecting `<` and bare `&`. */
  const characterData = (stops: string): string => {
    let out = '';
    while (pos < source.length && !stops.includes(source[pos]!)) {
      const c = source[pos]!;
      if (c === '<') fail('unexpected <');
      if (c === '&') {
        ENTITY.lastIndex = pos;
        const m = ENTITY.exec(source) ?? fail('bad entity');
        const ref = m[1]!;
        if (ref.startsWith('#')) {
          const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
          if (!isXmlChar(code)) fail(`character reference to forbidden U+${code.toString(16)}`);
          out += String.fromCodePoint(code);
        } else {
          out += NAMED[ref]!;
        }
        pos += m[0].length;
      } else {
        if (source.startsWith(']]>', pos)) fail(']]> in text');
        out += c;
        pos++;
      }
    }
    return out;
  };

  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    pos = end + 2;
  }
  skipSpace();

  const element = (): XmlElement => {
    if (source[pos] !== '<') fail('expected <');
    pos++;
    const name = match(NAME) ?? fail('expected element name');
    const node: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = (skipSpace() ?? '').length > 0;
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return node;
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      if (!hadSpace) fail('expected space before attribute');
      const attribute = match(NAME) ?? fail('expected attribute name');
      if (attribute in node.attributes) fail(`duplicate attribute ${attribute}`);
      skipSpace();
      if (source[pos] !== '=') fail('expected =');
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail('expected quoted attribute value');
      pos++;
      node.attributes[attribute] = characterData(quote!);
      if (source[pos] !== quote) fail('unterminated attribute value');
      pos++;
    }
    for (;;) {
      node.text += characterData('<');
      if (pos >= source.length) fail(`unclosed <${name}>`);
      if (source.startsWith('</', pos)) {
        pos += 2;
        const closing = match(NAME);
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        if (source[pos] !== '>') fail('expected >');
        pos++;
        return node;
      }
      if (source.startsWith('<!', pos) || source.startsWith('<?', pos)) fail('unsupported markup');
      node.children.push(element());
    }
  };

  const root = element();
  skipSpace();
  if (pos !== source.length) fail('content after the root element');
  return root;
}

/** Every descendant element with this name, depth first. */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (n: XmlElement) => {
    for (const child of n.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}
