// Just enough of the DOM to run the HTML report's script in Node: elements hold text and children,
// never parse markup, so a test can read back exactly what the script put on the page.

export class FakeElement {
  className = '';
  value = '';
  hidden = false;
  open = false;
  children: FakeElement[] = [];
  private ownText = '';
  private readonly listeners = new Map<string, Array<() => void>>();

  constructor(readonly tagName: string) {}

  get textContent(): string {
    return this.ownText + this.children.map((c) => c.textContent).join('');
  }

  set textContent(text: string) {
    this.ownText = String(text);
    this.children = [];
  }

  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }

  get childElementCount(): number {
    return this.children.length;
  }

  appendChild(child: FakeElement): FakeElement {
    if (child.tagName === '#fragment') {
      this.children.push(...child.children);
      child.children = [];
    } else {
      this.children.push(child);
    }
    return child;
  }

  removeChild(child: FakeElement): FakeElement {
    this.children = this.children.filter((c) => c !== child);
    return child;
  }

  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  dispatch(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }

  /** Descendants with this tag name, depth first. */
  findAll(tagName: string): FakeElement[] {
    return this.children.flatMap((c) => [...(c.tagName === tagName ? [c] : []), ...c.findAll(tagName)]);
  }
}

export class FakeDocument {
  private readonly byId = new Map<string, FakeElement>();

  constructor(ids: Record<string, string>) {
    for (const [id, tagName] of Object.entries(ids)) this.byId.set(id, new FakeElement(tagName));
  }

  getElementById(id: string): FakeElement | null {
    return this.byId.get(id) ?? null;
  }

  element(id: string): FakeElement {
    const element = this.byId.get(id);
    if (!element) throw new Error(`no element #${id}`);
    return element;
  }

  createElement(tagName: string): FakeElement {
    return new FakeElement(tagName);
  }

  createDocumentFragment(): FakeElement {
    return new FakeElement('#fragment');
  }
}
