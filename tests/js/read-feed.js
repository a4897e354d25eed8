// Reads a podcast feed with two independent parsers from the npm registry — podcast-partytime (which
// knows the Podcasting 2.0 namespace) and rss-parser — and prints what each understood as JSON:
// {"partytime": {...} | {"error": "..."}, "rssParser": {...} | {"error": "..."}}. Exit 0 either way;
// the test judges.
const fs = require("fs");
const { parseFeed } = require("podcast-partytime");
const Parser = require("rss-parser");

async function main() {
  const xml = fs.readFileSync(process.argv[2], "utf8");
  const out = {};
  try {
    const f = parseFeed(xml);
    if (!f) throw new Error("podcast-partytime returned nothing");
    out.partytime = {
      title: f.title,
      description: f.description,
      link: f.link,
      language: f.language,
      guid: f.guid,
      locked: f.locked,
      explicit: f.explicit,
      author: f.author,
      owner: f.owner,
      itunesImage: f.itunesImage,
      categories: f.categories,
      itunesCategory: f.itunesCategory,
      lastBuildDate: f.lastBuildDate,
      items: (f.items || []).map((i) => ({
        title: i.title,
        guid: i.guid,
        description: i.description,
        pubDate: i.pubDate ? new Date(i.pubDate).toISOString() : null,
        duration: i.duration,
        explicit: i.explicit,
        episodeType: i.itunesEpisodeType,
        author: i.author,
        enclosure: i.enclosure,
        transcripts: i.podcastTranscripts,
        chapters: i.podcastChapters,
        link: i.link,
      })),
    };
  } catch (e) {
    out.partytime = { error: String(e && e.message ? e.message : e) };
  }
  try {
    const parser = new Parser({ customFields: { item: [["itunes:episodeType", "episodeType"]] } });
    const f = await parser.parseString(xml);
    out.rssParser = {
      title: f.title,
      description: f.description,
      link: f.link,
      language: f.language,
      lastBuildDate: f.lastBuildDate,
      itunes: f.itunes,
      items: f.items.map((i) => ({
        title: i.title,
        guid: i.guid,
        pubDate: i.pubDate,
        isoDate: i.isoDate,
        enclosure: i.enclosure,
        content: i.content,
        link: i.link,
        episodeType: i.episodeType,
        itunes: i.itunes,
      })),
    };
  } catch (e) {
    out.rssParser = { error: String(e && e.message ? e.message : e) };
  }
  console.log(JSON.stringify(out));
}

main();
