// readcast feed, end to end: a batch folder made into a podcast feed, read back by xmllint and by two
// independent feed parsers from the npm registry (tests/js/read-feed.js), rebuilt byte for byte, grown
// by one article, and refused or trimmed for bad input.

#include <nlohmann/json.hpp>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

using nlohmann::json;

json readFeed(const fs::path& feed) {
    const std::string out =
        shell("node " + quote(std::string(READCAST_SOURCE_DIR) + "/tests/js/read-feed.js") + " " + quote(feed.string()) + " 2>&1");
    return json::parse(out, nullptr, false);
}

std::string story(const std::string& title, const std::string& date, const std::string& url, const std::string& lead) {
    return "---\ntitle: " + title + "\nauthor: Jane Doe\ndate: " + date + (url.empty() ? "" : "\nurl: " + url) + "\n---\n\n" + lead +
           " Officials said more would follow.\n\n## What comes next\n\nA second section follows the first one.\n";
}

class FeedCliTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        fs::create_directories(dir / "in");
        writeFile(dir / "in/harbour.md", story("Harbour reopens after storm", "2025-06-02T09:15:00+09:00",
                                               "https://news.example.com/harbour", "The harbour reopened on Tuesday."));
        writeFile(dir / "in/budget.md", story("Budget <draft> & \"cuts\" ]]> مرحبا", "2025-06-03", "",
                                              "The council published its budget on Wednesday."));
        writeFile(dir / "in/trains.md", story("Trains return to the coast", "2025-05-30T18:00:00Z", "",
                                              "Trains ran to the coast again on Friday."));
        const RunResult batch = run("batch in -o out -j 2 --transcript vtt,srt --chapters -q");
        ASSERT_EQ(batch.exit_code, 0) << batch.err;
        ASSERT_EQ(std::system(("ffmpeg -v error -f lavfi -i color=c=navy:s=1400x1400 -frames:v 1 " +
                               quote((dir / "out/show.png").string())).c_str()), 0);
    }
    RunResult feed(const std::string& extra = "") const {
        return run("feed out --base-url https://example.com/pod/ --title 'Morning & <Evening> Report' --image out/show.png "
                   "--category 'News/Daily News' --category technology --owner-name 'Desk' --owner-email desk@example.com "
                   "--locked " + extra);
    }
    static std::string itemBlock(const std::string& xml, const std::string& title) {
        const std::size_t at = xml.find("<title>" + title + "</title>");
        if (at == std::string::npos) return "";
        const std::size_t start = xml.rfind("    <item>", at), end = xml.find("</item>\n", at) + 8;
        return xml.substr(start, end - start);
    }
};

TEST_F(FeedCliTest, shouldWriteAFeedBothParsersReadWithEveryField) {
    const RunResult r = feed();
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("3 episode(s)"), std::string::npos) << r.err;
    ASSERT_TRUE(fs::exists(dir / "out/feed.xml"));
    EXPECT_EQ(std::system(("xmllint --noout " + quote((dir / "out/feed.xml").string())).c_str()), 0);
    EXPECT_NE(readFile(dir / "out/feed.xml").find("type=\"application/x-subrip\""), std::string::npos);

    const json f = readFeed(dir / "out/feed.xml");
    ASSERT_TRUE(f.is_object()) << "read-feed.js printed no JSON";
    const json& p = f["partytime"];
    ASSERT_FALSE(p.contains("error")) << p.dump();
    EXPECT_EQ(p["title"], "Morning & <Evening> Report");
    EXPECT_EQ(p["language"], "en");
    EXPECT_EQ(p["link"], "https://example.com/pod/");
    // Python's uuid.uuid5(uuid.UUID('ead4c236-bf58-58c6-a2c6-a6b28d128cb6'), 'example.com/pod/feed.xml').
    EXPECT_EQ(p["guid"], "898edef4-59c2-5ef3-991d-4684314e2943");
    EXPECT_EQ(p["locked"], true);
    EXPECT_EQ(p["explicit"], false);
    EXPECT_EQ(p["itunesImage"], "https://example.com/pod/show.png");
    // podcast-partytime looks the categories up in its own copy of Apple's list: unknown ones vanish.
    EXPECT_EQ(p["itunesCategory"], json::array({"News > Daily News", "Technology"})) << p["itunesCategory"].dump();
    EXPECT_EQ(p["owner"]["email"], "desk@example.com");
    ASSERT_EQ(p["items"].size(), 3u);
    // Newest first, by the article's own date and time.
    EXPECT_EQ(p["items"][0]["title"], "Budget <draft> & \"cuts\" ]]> مرحبا");
    EXPECT_EQ(p["items"][1]["title"], "Harbour reopens after storm");
    EXPECT_EQ(p["items"][2]["title"], "Trains return to the coast");
    EXPECT_EQ(p["items"][1]["pubDate"], "2025-06-02T00:15:00.000Z") << "09:15 at +09:00";
    EXPECT_EQ(p["items"][2]["pubDate"], "2025-05-30T18:00:00.000Z");

    const json manifest = json::parse(shell(quote(READCAST_BIN) + " manifest " + quote((dir / "out").string()) + " --json"));
    std::map<std::string, json> byTitle;
    for (const json& a : manifest["articles"]) byTitle[a["title"]] = a;
    for (const json& item : p["items"]) {
        const json& record = byTitle[item["title"].get<std::string>()];
        const std::string file = fs::path(record["output"].get<std::string>()).filename().string();
        const std::string stem = file.substr(0, file.size() - 4);
        EXPECT_EQ(item["enclosure"]["url"], "https://example.com/pod/" + file);
        EXPECT_EQ(item["enclosure"]["length"], static_cast<long long>(fs::file_size(dir / "out" / file)));
        EXPECT_EQ(item["enclosure"]["type"], "audio/mpeg");
        EXPECT_EQ(item["duration"], std::llround(record["duration_s"].get<double>()));
        EXPECT_EQ(item["episodeType"], "full");
        EXPECT_EQ(item["author"], "Jane Doe");
        EXPECT_NE(item["description"].get<std::string>().find("Officials said more would follow."), std::string::npos)
            << "the first sentences: " << item["description"];
        ASSERT_EQ(item["transcripts"].size(), 2u) << item.dump();
        EXPECT_EQ(item["transcripts"][0]["url"], "https://example.com/pod/" + stem + ".vtt");
        EXPECT_EQ(item["transcripts"][0]["type"], "text/vtt");
        EXPECT_EQ(item["transcripts"][1]["type"], "application/srt") << "partytime's name for application/x-subrip";
        EXPECT_EQ(item["chapters"]["url"], "https://example.com/pod/" + stem + ".chapters.json");
        EXPECT_EQ(item["chapters"]["type"], "application/json+chapters");
        const std::string guid = item["guid"];
        EXPECT_EQ(guid.size(), 36u);
        EXPECT_EQ(guid.find("http"), std::string::npos) << "a GUID, not the file's URL";
    }
    // The article with a known address keeps the GUID of that address wherever it is published:
    // Python's uuid.uuid5(uuid.NAMESPACE_URL, 'https://news.example.com/harbour').
    EXPECT_EQ(p["items"][1]["guid"], "687d6593-640c-5be8-b259-0b5b85ecbace");
    EXPECT_EQ(p["items"][1]["link"], "https://news.example.com/harbour");

    const json& q = f["rssParser"];
    ASSERT_FALSE(q.contains("error")) << q.dump();
    EXPECT_EQ(q["title"], "Morning & <Evening> Report");
    EXPECT_EQ(q["description"], "Morning & <Evening> Report: articles read by a synthetic voice.");
    EXPECT_EQ(q["itunes"]["image"], "https://example.com/pod/show.png");
    EXPECT_EQ(q["itunes"]["owner"]["email"], "desk@example.com");
    EXPECT_EQ(q["itunes"]["explicit"], "false");
    EXPECT_EQ(q["itunes"]["categoriesWithSubs"],
              json::parse(R"([{"name": "News", "subs": [{"name": "Daily News"}]}, {"name": "Technology", "subs": null}])"));
    ASSERT_EQ(q["items"].size(), 3u);
    EXPECT_EQ(q["items"][0]["title"], "Budget <draft> & \"cuts\" ]]> مرحبا");
    EXPECT_EQ(q["items"][1]["isoDate"], "2025-06-02T00:15:00.000Z");
    EXPECT_EQ(q["items"][1]["pubDate"], "Mon, 02 Jun 2025 09:15:00 +0900");
    EXPECT_EQ(q["items"][0]["pubDate"], "Tue, 03 Jun 2025 12:00:00 +0000") << "a date alone: noon UTC";
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(q["items"][i]["guid"], p["items"][i]["guid"]);
        EXPECT_EQ(q["items"][i]["enclosure"]["url"], p["items"][i]["enclosure"]["url"]);
        EXPECT_EQ(q["items"][i]["enclosure"]["length"], std::to_string(p["items"][i]["enclosure"]["length"].get<long long>()));
        EXPECT_EQ(q["items"][i]["episodeType"], "full");
        EXPECT_EQ(q["items"][i]["itunes"]["duration"], std::to_string(p["items"][i]["duration"].get<long long>()));
    }
}

TEST_F(FeedCliTest, shouldRebuildTheSameBytesAndGrowByOneItemOnly) {
    ASSERT_EQ(feed().exit_code, 0);
    ASSERT_EQ(feed("-o out/again.xml --feed-url https://example.com/pod/feed.xml").exit_code, 0);
    const std::string first = readFile(dir / "out/feed.xml");
    EXPECT_EQ(first, readFile(dir / "out/again.xml")) << "nothing in it depends on the clock";
    const RunResult refused = feed();
    EXPECT_EQ(refused.exit_code, 4) << "an existing feed is not replaced without --force: " << refused.err;

    // One more (older) article, rendered into the same folder with --resume: one more item, and apart
    // from it only the build date moves.
    writeFile(dir / "in/ferry.md", story("Ferry timetable changes", "2025-05-01", "", "The ferry keeps a winter timetable."));
    ASSERT_EQ(run("batch in -o out -j 2 --transcript vtt,srt --chapters --resume -q").exit_code, 0);
    ASSERT_EQ(feed("--force").exit_code, 0);
    const std::string second = readFile(dir / "out/feed.xml");
    const std::string added = itemBlock(second, "Ferry timetable changes");
    ASSERT_FALSE(added.empty()) << second;
    std::string without = second;
    without.erase(without.find(added), added.size());
    const auto dropBuildDate = [](std::string s) {
        const std::size_t a = s.find("<lastBuildDate>"), b = s.find("</lastBuildDate>");
        return a == std::string::npos ? s : s.erase(a, b - a);
    };
    EXPECT_EQ(dropBuildDate(without), dropBuildDate(first));
    EXPECT_GT(second.find("Ferry timetable changes"), second.find("Trains return to the coast")) << "the oldest last";
}

TEST_F(FeedCliTest, shouldEscapeFileNamesInUrls) {
    // A publisher renamed a file after the batch, and fixed the manifest to match.
    const json manifest = json::parse(shell(quote(READCAST_BIN) + " manifest " + quote((dir / "out").string()) + " --json"));
    std::string text = readFile(dir / "out/manifest.jsonl");
    const std::string old = fs::path(manifest["articles"][0]["output"].get<std::string>()).filename().string();
    fs::rename(dir / "out" / old, dir / "out/my story é.mp3");
    for (std::size_t at = text.find(old); at != std::string::npos; at = text.find(old, at + 1)) text.replace(at, old.size(), "my story é.mp3");
    writeFile(dir / "out/manifest.jsonl", text);
    const RunResult r = feed("--allow-missing");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(readFile(dir / "out/feed.xml").find("url=\"https://example.com/pod/my%20story%20%C3%A9.mp3\""), std::string::npos);
}

TEST_F(FeedCliTest, shouldLeaveOutChangedOrMissingFilesAndSaySo) {
    const json manifest = json::parse(shell(quote(READCAST_BIN) + " manifest " + quote((dir / "out").string()) + " --json"));
    const fs::path changed = fs::path(manifest["articles"][0]["output"].get<std::string>()).filename();
    const fs::path gone = fs::path(manifest["articles"][1]["output"].get<std::string>()).filename();
    std::system(("printf x >> " + quote((dir / "out" / changed).string())).c_str());
    fs::remove(dir / "out" / gone);
    RunResult r = feed();
    EXPECT_EQ(r.exit_code, 7) << r.err;
    EXPECT_NE(r.err.find(changed.string() + ": changed since the batch rendered it"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(gone.string() + ": missing"), std::string::npos) << r.err;
    EXPECT_EQ(readFeed(dir / "out/feed.xml")["partytime"]["items"].size(), 1u);
    r = feed("--force --allow-missing");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("left out of the feed"), std::string::npos) << r.err;
}

// A manifest is a file anyone can edit: records of the wrong shape are left out and counted, never read
// half-way; paths in it never leave the folder.
TEST_F(FeedCliTest, shouldLeaveOutHandEditedRecordsAndNeverLeaveTheFolder) {
    std::string text = readFile(dir / "out/manifest.jsonl");
    std::vector<json> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
    int edited = 0;
    for (json& j : lines) {
        if (j["type"] != "article") continue;
        if (edited == 0) j["bytes"] = "139131";                                    // a string
        if (edited == 1) j["sidecars"] = json::array({"/etc/passwd", "../x.vtt"});  // outside the folder
        if (edited == 2) j["duration_s"] = 1e300;                                   // out of range
        ++edited;
    }
    std::string out;
    for (const json& j : lines) out += j.dump() + "\n";
    writeFile(dir / "out/manifest.jsonl", out + "{\"type\": \"article\", \"key\": \"torn");
    const RunResult r = feed();
    EXPECT_EQ(r.exit_code, 7) << r.err;
    EXPECT_NE(r.err.find("3 manifest line(s) that are not well-formed records"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("passwd: missing"), std::string::npos) << "read as a file of the folder: " << r.err;
    EXPECT_EQ(r.err.find("json.exception"), std::string::npos) << r.err;
    EXPECT_EQ(std::system(("xmllint --noout " + quote((dir / "out/feed.xml").string())).c_str()), 0);
    EXPECT_EQ(readFile(dir / "out/feed.xml").find("<item>"), std::string::npos) << "no record was usable";
    const RunResult refused = feed("--force -o out/manifest.jsonl");
    EXPECT_EQ(refused.exit_code, 4) << refused.err;
    EXPECT_NE(refused.err.find("it is a file of the batch the feed is built from"), std::string::npos);
}

TEST_F(FeedCliTest, shouldRefuseBadOptionsWithOneClearLine) {
    const auto refused = [&](const std::string& args, int code, const std::string& says) {
        const RunResult r = run(args);
        EXPECT_EQ(r.exit_code, code) << args << "\n" << r.err;
        EXPECT_NE(r.err.find(says), std::string::npos) << args << "\n" << r.err;
        EXPECT_FALSE(fs::exists(dir / "out/feed.xml")) << args;
    };
    refused("feed out --base-url ftp://example.com --title T", 2, "--base-url ftp://example.com: not an http:// or https:// address");
    refused("feed out --base-url http:///x --title T", 2, "--base-url http:///x: not an http:// or https:// address with a host");
    refused("feed out --base-url 'https://example.com/p?q=1' --title T", 2, "cannot have a ? query or # fragment");
    refused("feed out --base-url https://example.com --link javascript:x --title T", 2, "--link javascript:x: not an http");
    refused("feed out --base-url https://example.com --title T --category Breaking", 2, "--category Breaking: not one of Apple");
    refused("feed in --base-url https://example.com --title T", 3, "no manifest in in");
    refused("feed out --base-url https://example.com --title T --locked", 2, "--locked needs --owner-email");
    ASSERT_EQ(std::system(("ffmpeg -v error -f lavfi -i color=c=red:s=1000x1000 -frames:v 1 " + quote((dir / "out/small.png").string())).c_str()), 0);
    refused("feed out --base-url https://example.com --title T --image out/small.png", 3, "it is 1000x1000 px");
    ASSERT_EQ(std::system(("ffmpeg -v error -f lavfi -i color=c=red:s=1600x1400 -frames:v 1 " + quote((dir / "out/wide.jpg").string())).c_str()), 0);
    refused("feed out --base-url https://example.com --title T --image out/wide.jpg", 3, "it is 1600x1400 px");
    fs::copy_file(dir / "out/show.png", dir / "show.png");
    refused("feed out --base-url https://example.com --title T --image show.png", 2, "put it in out");
    const RunResult list = run("feed --list-categories");
    EXPECT_EQ(list.exit_code, 0);
    EXPECT_NE(list.out.find("News/Daily News\n"), std::string::npos);
}

}  // namespace
}  // namespace readcast::testing
