/**
 * Rule: section menus and breadcrumbs. A scrape of a whole page starts with the site's navigation,
 * flattened into a line ("Politics Foreign Affairs Culture Fellows Program", "Home › World › Asia",
 * "News | Opinion | Video"). Such a line must never become the headline or the source id.
 *
 * A line is a menu when it is a run of short items between separators, or when it is made of
 * capitalised words most of which name sections of a news site. A headline, even in Title Case,
 * is made of other words ("Japan Seeks Eighth Round of Tariff Talks").
 */

/** Words that name sections, services and account links on news sites. */
const SECTION_WORDS = new Set(
  `home news latest breaking world us u.s. uk politics business economy economics markets finance money tech technology
  science health climate environment energy opinion opinions analysis editorial editorials columns columnists culture arts
  entertainment sports sport lifestyle life style travel food video videos podcasts podcast audio photos pictures magazine
  newsletters newsletter events subscribe subscription subscriptions donate login log sign in out up register account search
  menu more about contact careers advertise privacy terms foreign affairs policy national security defense defence local
  region regions asia europe africa americas middle east pacific fellows fellow program programs programme features
  investigations live trending popular top stories games weather education media society law justice religion books archive
  archives issues topics sections shop store jobs obituaries crosswords puzzles ideas newsroom press releases blog blogs
  community explore watch listen read the & and of a daily weekly edition print digital apps app gift`.split(/\s+/),
);

const CONNECTORS = new Set(['the', 'and', '&', 'a', 'of']);

const SEPARATORS = /\s+(?:[|•·»›>/]|–|—)\s+|\s*[|•·»›]\s*/;

export function isMenuLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || /[.!?,;:"“”]$/.test(text)) return false;
  const items = text.split(SEPARATORS).filter(Boolean);
  if (items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?]$/.test(item))) return true;
  const words = text.split(/\s+/);
  if (words.length < 2) return false;
  if (words.some((w) => /^\p{Ll}/u.test(w) && !SECTION_WORDS.has(w))) return false;
  const sectionish = words.filter((w) => SECTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}.&]/gu, ''))).length;
  const connectors = words.filter((w) => CONNECTORS.has(w.toLowerCase())).length;
  // "The News" is a subhead; "Foreign Affairs" or "News Opinion Video" a menu: two section words at least.
  return sectionish - connectors >= 2 && sectionish / words.length >= 0.75;
}

/** A single word that names a section ("Politics", "Opinion"): a kicker or one menu item per line. */
export function isSectionWord(line: string): boolean {
  const text = line.trim();
  return (
    /^[\p{L}.&]+$/u.test(text) &&
    SECTION_WORDS.has(text.toLowerCase()) &&
    !['the', 'and', 'a', 'of', '&', 'in', 'out', 'up'].includes(text.toLowerCase())
  );
}
