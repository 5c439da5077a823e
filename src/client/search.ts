/**
 * <tl-search>: a small front end to the Pagefind index built with the site. Works offline once
 * loaded; the query lives in the URL (?q=) so searches can be linked.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

class TlSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
      void this.#run(input.value);
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void this.#run(query);
    }
  }

  async #run(query: string) {
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (!status || !list) return;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    // Vite must not bundle the index: it is written after the build.
    this.#pagefind ??= import(/* @vite-ignore */ this.dataset.index ?? '/pagefind/pagefind.js') as Promise<Pagefind>;
    const search = await (await this.#pagefind).search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”.`;
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title ?? r.url });
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is text from our own pages with <mark> around the hits; keep only those marks.
        for (const [i, part] of r.excerpt.split(/<\/?mark>/).entries()) {
          excerpt.append(i % 2 ? Object.assign(document.createElement('mark'), { textContent: part }) : document.createTextNode(part));
        }
        item.append(link, excerpt);
        return item;
      }),
    );
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-search') ?? customElements.define('tl-search', TlSearch);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();

// A module, not a script: its top-level names (define) stay its own.
export {};
