/**
 * Notes written for the ledger name datasets and records by id ("see us-china-tariffs,
 * us-2025-05-14", "in korea-exposure (hmg-us-sales-2024)"). Readers get the dataset's title
 * instead; the record id goes (the page links the data files). A one-word id ("negotiations")
 * is only taken for a dataset when a record id follows it, so ordinary words stay words.
 */
export function readerNote(note: string, titles: ReadonlyMap<string, string>): string {
  let out = note;
  for (const [id, title] of titles) {
    const record = String.raw`(?:\s*\([a-z0-9]+(?:-[a-z0-9]+)+\)|,\s*[a-z0-9]+(?:-[a-z0-9]+)+)`;
    const pattern = new RegExp(String.raw`\b${id}\b${id.includes('-') ? `${record}?` : record}`, 'g');
    out = out.replace(pattern, `our dataset “${title}”`);
  }
  return out;
}
