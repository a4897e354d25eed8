// What goes around the audio, end to end: tags, cover art and chapters in every format as ffprobe reads
// them, the machine-readable result of render --json, and the bad inputs of each.

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

using nlohmann::json;

json probe(const fs::path& file) {
    return json::parse(shell("ffprobe -v error -show_chapters -show_streams -show_format -of json " + quote(file.string())),
                       nullptr, false);
}

// Tags of a file wherever the container keeps them (MP3 and FLAC: the format; Ogg: the audio stream).
json tagsOf(const json& p) {
    json tags = p["format"].value("tags", json::object());
    for (const json& s : p["streams"]) {
        if (s["codec_type"] == "audio" && s.contains("tags")) tags.update(s["tags"]);
    }
    json lower = json::object();
    for (auto& [k, v] : tags.items()) {
        std::string key = k;
        for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        lower[key] = v;
    }
    return lower;
}

class PackagingCliTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        writeFile(dir / "story.md",
                  "---\ntitle: Harbour reopens after storm\nauthor: Jane Doe\ndate: 2025-06-02\nsite: Harbour Times\n---\n\n"
                  "The harbour reopened on Tuesday after a storm closed it for three days.\n\n"
                  "## Repairs\n\nOfficials said repairs would take most of the winter.\n");
        ASSERT_EQ(std::system(("ffmpeg -loglevel error -f lavfi -i color=c=navy:s=64x64 -frames:v 1 " +
                               quote((dir / "cover.jpg").string()) + " && ffmpeg -loglevel error -f lavfi -i "
                               "color=c=gold:s=64x64 -frames:v 1 " + quote((dir / "cover.png").string())).c_str()), 0);
    }
};

TEST_F(PackagingCliTest, shouldCarryTagsCoverAndChaptersInEveryFormatThatHoldsThem) {
    for (const char* name : {"s.mp3", "s.flac", "s.ogg", "s.opus"}) {
        const RunResult r = run(std::string("render story.md -o ") + name +
                                " --cover cover.png --album 'Harbour Weekly' --track 3/12 --genre News");
        ASSERT_EQ(r.exit_code, 0) << name << ": " << r.err;
        const json p = probe(dir / name);
        ASSERT_FALSE(p.is_discarded()) << name;
        const json tags = tagsOf(p);
        EXPECT_EQ(tags.value("title", ""), "Harbour reopens after storm") << name;
        EXPECT_EQ(tags.value("artist", ""), "Jane Doe") << name;
        EXPECT_EQ(tags.value("album", ""), "Harbour Weekly") << name;
        EXPECT_EQ(tags.value("genre", ""), "News") << name;
        EXPECT_EQ(tags.value("track", tags.value("tracknumber", "")), "3/12") << name;
        bool picture = false;
        for (const json& s : p["streams"]) picture = picture || s.value("codec_name", "") == "png";
        EXPECT_TRUE(picture) << name << ": the cover is embedded";
        ASSERT_EQ(p["chapters"].size(), 4u) << name << ": opening, lead, heading, closing";
        EXPECT_EQ(p["chapters"][2]["tags"]["title"], "Repairs") << name;
        EXPECT_GT(std::stod(p["chapters"][2]["start_time"].get<std::string>()), 3.0) << name;
    }
    ASSERT_EQ(run("render story.md -o plain.mp3").exit_code, 0);
    EXPECT_EQ(tagsOf(probe(dir / "plain.mp3")).value("genre", ""), "Podcast") << "the default genre";
    EXPECT_EQ(tagsOf(probe(dir / "plain.mp3")).value("album", ""), "Harbour Times") << "the default album: the publication";
}

TEST_F(PackagingCliTest, shouldDescribeTheRenderAsOneJsonObject) {
    const RunResult r = run("render story.md -o s.mp3 --json --transcript vtt --chapters");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << r.out;
    EXPECT_EQ(j["output"], "s.mp3");
    EXPECT_EQ(j["format"], "mp3");
    EXPECT_EQ(j["bytes"].get<std::uintmax_t>(), fs::file_size(dir / "s.mp3"));
    EXPECT_NEAR(j["duration_s"].get<double>(), decode(dir / "s.mp3").seconds, 0.06);
    EXPECT_NEAR(j["loudness"]["integrated_lufs"].get<double>(), -19.0, 0.5);
    EXPECT_LE(j["loudness"]["true_peak_dbtp"].get<double>(), -1.0);
    EXPECT_EQ(j["loudness"]["measured"], "decoded file");
    EXPECT_EQ(j["sidecars"], json({"s.vtt", "s.chapters.json"}));
    EXPECT_EQ(j["chapters"].size(), 4u);
    EXPECT_EQ(j["voice"]["profile"], "newsreader");
    EXPECT_EQ(j["encoder"]["bitrate_kbps"], 96);
    EXPECT_EQ(j["article"]["site"], "Harbour Times");
    EXPECT_TRUE(r.err.empty()) << "nothing but the object: " << r.err;
    EXPECT_EQ(run("render story.md -o - --json").exit_code, 2) << "stdout cannot carry both";
}

TEST_F(PackagingCliTest, shouldRefuseBadCoversAndTagsBeforeSpeaking) {
    writeFile(dir / "fake.jpg", "GIF89a not really");
    RunResult r = run("render story.md -o a.mp3 --cover fake.jpg");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("cover fake.jpg is not a JPEG or PNG image"), std::string::npos) << r.err;
    // A real JPEG header on 11 MB: too large for any podcast directory.
    std::string big = readFile(dir / "cover.jpg");
    big.resize(11u << 20, '\0');
    writeFile(dir / "big.jpg", big);
    r = run("render story.md -o a.mp3 --cover big.jpg");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("cover big.jpg is 11 MB"), std::string::npos) << r.err;
    r = run("render story.md -o a.mp3 --track three");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("'three' is not N or N/TOTAL"), std::string::npos) << r.err;
    r = run("render story.md -o - --format flac");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("flac cannot go to stdout"), std::string::npos) << r.err;
    EXPECT_EQ(files(), (std::vector<std::string>{"big.jpg", "cover.jpg", "cover.png", "fake.jpg", "story.md"}));
}

}  // namespace
}  // namespace readcast::testing

namespace readcast::testing {
namespace {

// Found by a sweep of bad inputs: each must be refused, or said, never done silently.
TEST_F(PackagingCliTest, shouldRefuseWhatWouldHarmTheListenerOrTheUsersFiles) {
    RunResult r = run("render story.md -o a.wav --loudness nan");
    EXPECT_EQ(r.exit_code, 2) << "nan compares false with every bound: " << r.err;
    EXPECT_FALSE(fs::exists(dir / "a.wav"));
    ASSERT_EQ(::mkfifo((dir / "pipe.mp3").c_str(), 0644), 0);
    r = run("render story.md -o pipe.mp3 --force");
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_NE(r.err.find("it is a device, a pipe or a socket, not a file"), std::string::npos) << r.err;
    r = run("render story.md -o cover.png --format mp3 --cover cover.png --force");
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_NE(r.err.find("cannot write cover.png: it is the cover"), std::string::npos) << r.err;
    r = run("render story.md -o x.mp3 --intro-audio pipe.mp3");
    EXPECT_EQ(r.exit_code, 3) << "a pipe would block the render";
    EXPECT_NE(r.err.find("not a regular file"), std::string::npos) << r.err;
    const std::string jpeg = readFile(dir / "cover.jpg");
    writeFile(dir / "cut.jpg", jpeg.substr(0, jpeg.size() / 2));
    r = run("render story.md -o x.mp3 --cover cut.jpg");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("cover cut.jpg is not a complete JPEG"), std::string::npos) << r.err;
    for (const char* track : {"0", "1/0", "10/3"}) {
        EXPECT_EQ(run(std::string("render story.md -o x.mp3 --track ") + track).exit_code, 2) << track;
    }
    EXPECT_EQ(run("render story.md -o x.mp3 --transcript vtt,,srt").exit_code, 2);
    EXPECT_EQ(run("render story.md -o ''").exit_code, 2);
    EXPECT_FALSE(fs::exists(dir / "x.mp3"));
}

TEST_F(PackagingCliTest, shouldKeepControlCharactersFromThePageOutOfEveryOutput) {
    writeFile(dir / "esc.html", "<html><head><title>Red &#27;[31malert&#7; today</title></head><body><article>"
                                "<h1>Red &#27;[31malert&#7; today</h1><p>The council met on Monday and approved the "
                                "budget &#8238;gnol os ti koot after a long debate about roads and schools.</p>"
                                "<h2>Next &#27;[2J steps</h2><p>Work on the bridge starts in spring, officials said.</p>"
                                "</article></body></html>");
    const RunResult r = run("render esc.html -o e.mp3 --transcript vtt,srt,json --chapters --json");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* f : {"e.vtt", "e.srt", "e.json", "e.chapters.json"}) {
        const std::string text = readFile(dir / f);
        EXPECT_EQ(text.find('\x1b'), std::string::npos) << f;
        EXPECT_EQ(text.find('\x07'), std::string::npos) << f;
        EXPECT_EQ(text.find("\xE2\x80\xAE"), std::string::npos) << f << ": no right-to-left override";
    }
    const std::string tags = shell("ffprobe -v error -show_entries format_tags=title -of default=nw=1:nk=1 e.mp3 2>&1; cd " +
                                   quote(dir.string()) + " && ffprobe -v error -show_entries format_tags=title -of default=nw=1:nk=1 e.mp3");
    EXPECT_EQ(tags.find('\x1b'), std::string::npos) << tags;
    writeFile(dir / "evil\x1b[31m.txt", "");
    const RunResult named = run("render " + quote("evil\x1b[31m.txt") + " -o y.mp3");
    EXPECT_EQ(named.err.find('\x1b'), std::string::npos) << "file names are shown, not obeyed";
    EXPECT_NE(named.err.find("evil\\x1b[31m.txt"), std::string::npos) << named.err;
}

}  // namespace
}  // namespace readcast::testing
