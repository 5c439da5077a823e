import { readDateLine } from '../dates';
import { isMenuLine } from './menu';

/**
 * Rule: page furniture by kind. Whole lines (or, in a saved page, whole blocks) that belong to the
 * page around the article on any news site: captions and photo or chart credits, bylines, date
 * lines, section menus, share and newsletter prompts, cookie notices, "Related" links, advert
 * labels, reading times, copyright lines. Each kind is recognised by its form, not by the exact
 * strings of the pages we hold, so a site never seen before is cleaned too.
 *
 * Only short lines are judged (furniture is short; a long line is article text), and only the whole
 * line: an article sentence that mentions "newsletter" or "photo" stays. The date of a date line and
 * the name in a byline are read before the line goes (dates.ts, header.ts).
 */

export type FurnitureKind =
  | 'advert'
  | 'byline'
  | 'caption'
  | 'cookie'
  | 'copyright'
  | 'credit'
  | 'date-line'
  | 'gallery'
  | 'menu'
  | 'newsletter'
  | 'reading-time'
  | 'related'
  | 'share'
  | 'tags';

export interface Furniture {
  kind: FurnitureKind;
  why: string;
}

const AGENCY =
  '(?:AP|AFP|Reuters|Getty Images|Getty|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy|Xinhua|Kyodo|Yonhap|Anadolu|NurPhoto|SOPA Images|Sipa|Pool|Unsplash|iStock(?:photo)?|Wikimedia Commons|Flickr|Imagine China|VCG|dpa|ANSA|Jiji Press|LightRocket)';

const RULES: readonly { kind: FurnitureKind; max: number; pattern: RegExp; why: string }[] = [
  {
    kind: 'advert',
    max: 80,
    pattern:
      /^(?:advertisements?|advertising|ad|ads|sponsored(?: content)?|paid (?:content|post)|promoted|(?:story|article) continues (?:below|after)(?: this)?(?: (?:ad|advertisement))?|scroll (?:down )?to continue(?: with content| reading)?|continue reading(?: below| the main story)?|skip (?:ad|advert(?:isement)?)|remove ads)\.?$/i,
    why: 'an advertising label or an advert break',
  },
  {
    kind: 'share',
    max: 120,
    pattern:
      /^(?:(?:share|share this(?: article| story| page)?|share on|tweet|post|email|e-mail|print|copy(?: the)? link|link copied|save|bookmark|gift(?: this)? article|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|bluesky|threads|mastodon|comment|comments|\d+ comments?)[\s:|•·,]*)+$/i,
    why: 'share and save buttons',
  },
  {
    kind: 'newsletter',
    max: 240,
    pattern:
      /^(?:(?:sign up|subscribe|register|join)(?: (?:for|to|now|today|here|with))\b.{0,120}\b(?:newsletter|inbox|email|updates|briefing|alerts?|free)\b.{0,160}|(?:get|receive|read) (?:the latest|our|breaking|it).{0,80}\b(?:inbox|email|newsletter)\b.{0,80}|(?:our|the|a) (?:free |daily |weekly )*newsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|delivered)\b.{0,80}|(?:sign up|subscribe) (?:for|to) [^.!?:]{1,60}:.{0,160}|enter your e-?mail(?: address)?.{0,120}|by (?:signing up|subscribing|clicking)\b.{0,200}\b(?:agree|terms|privacy)\b.{0,80}|(?:thank you|thanks) for (?:signing up|subscribing).{0,60}|already (?:a subscriber|have an account)\??.{0,40}|(?:subscribe|sign up|log ?in|sign in)(?: (?:now|today|here|for free))?[.!]?|in your inbox\b.{0,60})$/i,
    why: 'a newsletter or subscription prompt',
  },
  {
    kind: 'cookie',
    max: 400,
    pattern:
      /\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|manage (?:cookies|consent))\b/i,
    why: 'a cookie notice',
  },
  {
    kind: 'related',
    max: 200,
    pattern:
      /^(?:related(?: (?:articles?|stories|story|coverage|content|reading|posts?|news|topics?|video))?|read (?:more|next|also|the full story)|more (?:from|on|in|about|stories|coverage|news)\b.{0,60}|also (?:read|see|on)|see also|you (?:may|might) (?:also )?like|recommended(?: (?:for you|stories|reading))?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|up next|don'?t miss|editor'?s picks?|top stories|what to read next|further reading|(?:watch|listen):?)(?:\s*[:|»›>–—-]\s*.{0,160})?$/i,
    why: 'a "Related"/"Read more" link or heading',
  },
  {
    kind: 'caption',
    max: 400,
    pattern: new RegExp(
      String.raw`\((?:[^()]*\b(?:photos?|photograph|image|images|illustration|file|credit|video)\b[^()]*|${AGENCY}(?:\s*(?:photo|images?|file))?(?:\s*\/[^()]*)?)\)\.?$`,
      'i',
    ),
    why: 'a photo caption (it ends with the picture credit)',
  },
  {
    kind: 'credit',
    max: 160,
    pattern: new RegExp(
      String.raw`^(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|charts?|maps?|videos?|credits?|photo credit|image credit|source|data|file photo|top image|header image|lead image|featured image)\s*(?:credit)?\s*[:|©]\s*.+|(?:photo(?:graph)?|image|illustration|picture) (?:by|courtesy(?: of)?|via)\s+.+|[^.!?]{0,80}\/\s*${AGENCY}(?:\s+via\s+[\w .]+)?\.?|${AGENCY}(?:\s+(?:photo|images?|file))?|(?:\()?(?:reporting|additional reporting|writing|editing|compiled|produced|research) by\b.+)$`,
      'i',
    ),
    why: 'a photo, chart or reporting credit',
  },
  {
    kind: 'gallery',
    max: 60,
    pattern:
      /^(?:\d+\s*(?:\/|of)\s*\d+|enlarge(?: this)? image|(?:toggle|hide|show) caption|view (?:gallery|slideshow|image|\d+ images?)|open (?:image|gallery)(?: modal)?|expand|full ?screen|play(?: video)?|(?:\d+:)?\d+:\d{2}|image|photo|[\w-]+\.(?:jpe?g|png|gif|webp|avif|svg))$/i,
    why: 'a gallery control or a photo file name',
  },
  {
    kind: 'reading-time',
    max: 60,
    pattern:
      /^(?:\d+\s*(?:-\s*)?(?:min(?:ute)?s?|m)\.?\s*(?:read|listen|watch)(?:ing time)?|listen(?: to this (?:article|story))?(?:\s*[(·•-]?\s*\d+\s*min(?:ute)?s?\)?)?|reading time:?\s*\d+\s*min(?:ute)?s?|audio available|print(?: this)?(?: article| page)?|font size|text size|a\s*a)\.?$/i,
    why: 'a reading time or a page tool',
  },
  {
    kind: 'menu',
    max: 80,
    pattern:
      /^(?:skip (?:to|navigation)\b.{0,40}|accessibility links|(?:toggle|alternar) (?:navigation|navegação).{0,20}|(?:open|close|main|site) (?:menu|navigation)|menu|search|close|back to top|sections)$/i,
    why: 'a navigation control',
  },
  {
    kind: 'tags',
    max: 200,
    pattern:
      /^(?:filed under|tagged(?: with)?|tags?|topics?|categories|category|posted in|more about|explore more|keywords)\s*:?\s+[^.!?]{1,180}$/i,
    why: 'a tag or category list',
  },
  {
    kind: 'copyright',
    max: 200,
    pattern: /^(?:©|\(c\)|copyright\b).{0,160}$|^all rights reserved\.?$/i,
    why: 'a copyright line',
  },
];

/**
 * A byline: "By", "Written by", "Author:"… then names, perhaps with the outlet or a date after a
 * separator ("By Jane Doe and John Roe, Reuters", "BY: Ilana Muhlstein, MS, RDN"). The words after
 * "By" must be a name, so a sentence that starts "By taking off the top half…" is text.
 */
const BYLINE_LEAD = /^(?:by|written by|words by|story by|posted by|authors?)\s*:?\s+/i;
const NAME_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*|and|&|de|del|van|von|der|da|al|bin|la|le|y)$/u;

export function isBylineLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 140 || !BYLINE_LEAD.test(text)) return false;
  const names = text.replace(BYLINE_LEAD, '').split(/\s*[,|•·—–]\s*|\s+-\s+/)[0] ?? '';
  const words = names.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 10 && /^\p{Lu}/u.test(names) && words.every((w) => NAME_WORDS.test(w));
}

/** The kind of furniture a line is, with the reason, or null when it may be article text. */
export function furnitureKind(line: string): Furniture | null {
  const text = line.trim();
  if (text === '') return null;
  if (isBylineLine(text)) return { kind: 'byline', why: 'the byline (read as the author before it goes)' };
  for (const { kind, max, pattern, why } of RULES) if (text.length <= max && pattern.test(text)) return { kind, why };
  if (readDateLine(text)) return { kind: 'date-line', why: 'a date line (its date is read first)' };
  if (isMenuLine(text)) return { kind: 'menu', why: 'a section menu or breadcrumb' };
  return null;
}
