// Byline and date lines lifted out of the text into the article's metadata.

#include "ingest/assembly/Assembly.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/NewsAgencies.hpp"
#include "core/WordSet.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <optional>
#include <regex>
#include <set>

namespace readcast::assembly {

namespace {

// A declared title with the site's name after a separator ("… – Breisgau Kurier", "… | Undercurrent")
// over a page whose own headline is the title without it: the printed headline is the title, and it
// is not read again in the body.
// Five words or more, four in five of them the other's (letters and digits compared, case aside).
bool sharesMostWords(const std::string& line, const std::string& other) {
    std::set<std::string> theirs;
    for (const std::string& w : splitWords(other)) theirs.insert(foldForComparison(w));
    const std::vector<std::string> words = splitWords(line);
    std::size_t shared = 0;
    for (const std::string& w : words) shared += theirs.count(foldForComparison(w));
    return words.size() >= 5 && shared * 5 >= words.size() * 4;
}

// A byline box's row of fields parted by middle dots, bullets or bars, as a page prints it under the headline: "By Priya
// Natarajan, Weather Correspondent · Published 06:15 GMT, Thursday 6 November 2025 · Updated 11:40 GMT", "Door onze
// politieke redactie · Sanne de Vries · 17 oktober 2025, 07:30 · Leestijd 4 minuten", "Laura Sánchez Ortega | Madrid | 09 ago
// 2025 - 13:45 CEST". Every field is the box's: a byline, a name, a date or a time, or a few words with no sentence (a place, a
// desk, the reading time); a date among them, and one writer. The writer and the first date are taken.
struct FieldRow {
    std::string byline;
    bool agency = false;  // the writer is a news agency: "From Reuters"
    std::optional<DateTime> published;
};

std::optional<FieldRow> fieldRow(const std::string& line, const std::function<bool(const std::string&)>& bareName) {
    std::vector<std::string> fields;
    std::string rest = collapseWhitespace(line);
    while (!rest.empty()) {
        std::size_t cut = std::string::npos, width = 0;
        for (const char* mark : {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "}) {
            if (const std::size_t at = rest.find(mark); at < cut) cut = at, width = std::strlen(mark);
        }
        fields.push_back(rest.substr(0, cut));
        rest = cut == std::string::npos ? "" : rest.substr(cut + width);
    }
    if (fields.size() < 2 || fields.size() > 6) return std::nullopt;
    FieldRow row;
    std::size_t writers = 0;
    std::string bareWriter;  // a field that is only a name's shape: a section's label before "By …" is one too, "Road Test | By …"
    std::size_t bareWriters = 0;
    bool named = false;      // a field named its writer with "By"
    for (const std::string& raw : fields) {
        std::string field = raw;
        while (!field.empty() && (field.front() == '*' || field.front() == '_')) field.erase(0, 1);
        while (!field.empty() && (field.back() == '*' || field.back() == '_')) field.pop_back();
        if (field.empty()) continue;
        // (A picture's credit row, "Photograph: Guy Smallman | Getty Images | 11 November 2023", names no writer.)
        if (isCreditLine(field) || isPhotoCredit(field)) return std::nullopt;
        // (A field may hold both, run together from two lines: "Por Ana Carolina Souza, g1 SP 03/02/2025 05h00".)
        Article probe;
        const bool date = takeDateLine(field, probe, true, false);
        const bool byline = takeBylineLine(field, probe) && !probe.byline.empty();
        if (!date && !byline) {
            if (const auto when = parseDate(field); when && when->year > 0) probe.published = when;
        }
        if (date || byline || probe.published) {
            if (!row.published && probe.published && probe.published->year > 0) row.published = probe.published;
            if (byline) row.byline = probe.byline, row.agency = probe.byline_is_agency, ++writers, named = true;
            continue;
        }
        const std::size_t words = countWords(field);
        // (A writer named another way, "Interview by Tom Erikson", is for the byline's rules; a desk's credit that names no one,
        // "Door onze politieke redactie", is the box's.)
        static constexpr WordSet kBy({"by", "door", "von", "par", "por", "av", "af", "di", "przez", "od"});
        const std::vector<std::string> lower = splitWords(lowerUtf8(field));
        for (std::size_t k = 0; k < lower.size(); ++k) {
            if (kBy.count(lower[k]) == 0) continue;
            std::string desk;
            for (std::size_t d = k + 1; d < lower.size(); ++d) desk += (desk.empty() ? "" : " ") + lower[d];
            if (!isDeskName(desk)) return std::nullopt;
        }
        if (words >= 2 && words <= 4 && bareName(field) && !looksLikeOrganisation(field) && !isJobTitleLine(field)) {
            if (bareWriter.empty()) bareWriter = field;
            ++bareWriters;
            continue;
        }
        // (A time, a place, a desk's or the reading time's few words: no sentence's stop.)
        if (words > 5 || field.find_first_of(".!?") != std::string::npos) return std::nullopt;
    }
    // (A row without a writer, "Posted on 14/08/2023 by Fiona MacLeod · 6 Comments", "Warta Nusantara - Rabu, 15 Januari 2025 |
    // 16:27 WIB", is left to the date line's rules, which know a name run into a date.)
    if (!named && !bareWriter.empty()) {
        row.byline = bareWriter;
        writers += bareWriters;
    }
    if (!row.published || writers != 1) return std::nullopt;
    return row;
}
}  // namespace

// A statistics bulletin's dates under its title, "Release date: 14 August 2025" over "Next release: 30 September 2025": the
// first is the bulletin's date, and neither is read. (A release date alone is as often a film's or a game's, in a review's
// box: the next release beside it says whose it is.)
void Assembly::takeBulletinDates(std::vector<RawBlock>& raw) {
    const auto labelled = [](const std::string& text, std::initializer_list<std::string_view> labels) -> std::optional<DateTime> {
        const std::string lower = lowerUtf8(text);
        const std::size_t colon = text.find(':');
        if (colon == std::string::npos || countWords(text) > 8 || !startsWithAnyOf(lower, labels)) return std::nullopt;
        return parseDate(text.substr(colon + 1));
    };
    for (std::size_t k = 0, seen = 0; k < raw.size() && seen < 8; ++k) {
        if (raw[k].text.empty()) continue;
        ++seen;
        const std::optional<DateTime> released = labelled(raw[k].text, {"release date", "date of release", "published"});
        // (Under the title, before the story: a story's "The studio confirmed the schedule:" over the same pair is the
        // story's.)
        if (!released && (countWords(raw[k].text) > 12 || raw[k].text.back() == ':')) return;
        if (!released) continue;
        std::size_t next = k + 1;
        while (next < raw.size() && raw[next].text.empty()) ++next;
        if (next == raw.size() || !labelled(raw[next].text, {"next release", "next update", "next publication"})) continue;
        if (!article_.published) article_.published = released;
        // (Lines of metadata, as the headline's choice knows them: the headline stands over them.)
        metadataLines_.push_back(k);
        metadataLines_.push_back(next);
        raw[k].text.clear();
        raw[next].text.clear();
        return;
    }
}

// "Head of Talent at Brightwave Analytics", "Founder at Lumen": a post's author's role at an employer, the role in capitals
// and short. (Not a news app's summary under an obituary's name: "Actress who shone at the Old Vic … dies aged 89".)
static bool isRoleAtEmployer(const std::string& line) {
    const std::size_t at = line.find(" at ");
    if (at == std::string::npos) return false;
    const std::vector<std::string> role = splitWords(line.substr(0, at));
    if (role.empty() || role.size() > 4 || splitWords(line).size() > 10) return false;
    return std::ranges::all_of(role, [](const std::string& w) { return startsCapitalized(w) || w == "of" || w == "and" || w == "&" || w == "for"; });
}

// A social post's header copied over it: the poster's name, their own headline and the post's age, "Priya Raman" over "Head of
// Talent at Brightwave Analytics | Speaker | Mentor" over "2d • Edited •". The name is the byline; the poster's headline and the
// age are not read, and the post has no headline of its own.
void Assembly::takeSocialPostHeader(std::vector<RawBlock>& raw) {
    std::vector<std::size_t> top;
    for (std::size_t k = 0; k < raw.size() && top.size() < 3; ++k) {
        if (!raw[k].text.empty()) top.push_back(k);
    }
    if (top.size() < 3 || !isRelativeTime(lowerUtf8(collapseWhitespace(raw[top[2]].text)))) return;
    const std::string& name = raw[top[0]].text;
    const std::string& headline = raw[top[1]].text;
    const std::string lower = lowerUtf8(headline);
    if (!isBareName(name) || looksLikeOrganisation(name) || !isUnpunctuatedShortLine(headline, 16) ||
        !(headline.find(" | ") != std::string::npos || isRoleAtEmployer(headline) || isJobTitleLine(headline))) {
        return;
    }
    if (article_.byline.empty()) article_.byline = collapseWhitespace(name);
    untitled_ = true;
    for (std::size_t k : top) {
        metadataLines_.push_back(k);
        raw[k].text.clear();
    }
}

// "Published: …", "Updated …" and "By …" lines become metadata, wherever they stand.
void Assembly::liftMetadataLines(std::vector<RawBlock>& raw) {
    std::size_t seen = 0;
    bool startedStory = false;
    std::size_t longBlocks = 0;  // the story has begun at its second paragraph (the first may be a standfirst)
    bool introducedList = false;
    bool lastWasByline = false, lastWasDate = false, relativeTimeTaken = false;
    // (A name in bold over a date signs the page once: a letters page signs each letter so, "Mary Buckley" over her date, "Tom
    // Walsh, Togher" over his. Counted when first asked.)
    int signedNames = -1;
    const auto signedOnce = [&] {
        if (signedNames < 0) {
            signedNames = 0;
            for (std::size_t k = 0; k + 1 < raw.size(); ++k) {
                signedNames += raw[k].kind == BlockKind::Heading && countWords(raw[k].text) <= 6 && dateLineAfter(raw, k, 6);
            }
        }
        return signedNames == 1;
    };
    for (RawBlock& block : raw) {
        if (block.text.empty()) continue;
        // "2 hours ago" under a pasted page's headline: its date relative to when it was copied, which dates nothing but
        // is the byline box's line all the same, with the headline over it. (The first only: a live page's entries are
        // stamped so further down. Nor is the line under it taken for the writer's: a picture's credit or its caption
        // stands there as often.)
        // (Not a date line that ends on it, "05/03/2025 19h32 Atualizado há 3 horas": the date is taken below.)
        if (!startedStory && !relativeTimeTaken && isRelativeTime(lowerUtf8(collapseWhitespace(block.text))) &&
            !(parseDate(block.text) && parseDate(block.text)->year > 0)) {
            metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
            block.text.clear();
            relativeTimeTaken = true;
            lastWasByline = false;
            continue;
        }
        // "Publisert 04.11.2025 kl. 11.14" over "Ingrid Sandvik": the writer's name alone under the date line.
        const bool underDate = lastWasDate;
        lastWasDate = false;
        // (Or in capitals, as some papers print it, said as a name: "T.C.A. SHARAD RAGHAVAN".)
        const std::string shownName = underDate && !startedStory && article_.byline.empty() && isNameInCapitals(block.text)
                                          ? nameCasedFromCapitals(collapseWhitespace(block.text))
                                          : block.text;
        // (A report's first section under its date names no one: "Executive Summary", "Foreword", "Key Findings".)
        static constexpr WordSet kSections({"executive summary", "summary", "foreword", "preface", "introduction", "overview", "abstract",
                                            "key findings", "key points", "main points", "background", "contents", "table of contents",
                                            "highlights", "key highlights", "synopsis", "ministerial foreword"});
        if (underDate && !startedStory && article_.byline.empty() && isBareName(shownName) && !looksLikeOrganisation(shownName) &&
            !isBoilerplate(block.text) && kSections.count(lowerUtf8(collapseWhitespace(block.text))) == 0) {
            article_.byline = shownName;
            metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
            block.text.clear();
            lastWasByline = true;  // (the writer's job may follow: "Paul Cullen" over "Health Correspondent")
            continue;
        }
        // (A date line right under a byline is the story's, though a newsletter's greeting over them
        // looked like the story begun.)
        const bool underByline = lastWasByline;
        lastWasByline = false;
        // "By Priya Natarajan" over "Transport Correspondent": the writer's job on the line under the byline.
        // (Or the desk's or the publication's name between the byline and the date line: "Health reporter Sophie
        // Harrington" over "ABC Health" over "Posted Wed 12 Mar 2025 at 5:01am".)
        const std::size_t at = static_cast<std::size_t>(&block - raw.data());
        const bool deskOverDate = underByline && !article_.byline.empty() && countWords(block.text) <= 4 && allWordsCapitalized(block.text) &&
                                  isUnpunctuatedShortLine(block.text, 4) && dateLineAfter(raw, at, 16);
        // (Or the story's topic label there, as a news site's byline box prints it: "Topic:Electricity Energy and Utilities".)
        const std::string lowerLine = lowerUtf8(block.text);
        const bool topicLabel = underByline && !startedStory && countWords(block.text) <= 10 && block.text.find(". ") == std::string::npos &&
                                block.text.find('?') == std::string::npos &&
                                startsWithAnyOf(lowerLine, {"topic:", "topics:", "section:", "category:", "categories:"});
        if (topicLabel) {
            metadataLines_.push_back(at);
            block.text.clear();
            lastWasByline = underByline;
            continue;
        }
        if (underByline && !startedStory && isUnpunctuatedShortLine(block.text, 6) && (isJobTitleLine(block.text) || deskOverDate)) {
            metadataLines_.push_back(at);
            block.text.clear();
            lastWasByline = true;  // (the date line may follow it)
            continue;
        }
        // One line may hold both: "By Jane Doe | 2 November 2023".
        const bool nearTop = ++seen <= kDateLineBlocks;
        if (nearTop && !startedStory && (article_.byline.empty() || !article_.published)) {
            if (const auto row = fieldRow(block.text, isBareName)) {
                if (article_.byline.empty()) article_.byline = row->byline, article_.byline_is_agency = row->agency;
                if (!article_.published) article_.published = row->published;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                lastWasByline = !row->byline.empty();
                continue;
            }
        }
        // Or a writer's name and the date with nothing between, as a newsletter's linked name over its
        // date becomes one paragraph: "Marcus Bell Apr 24, 2025".
        // Or the writer's name and job after a comma, with no "By", over the date line or the story: "Phillip Coorey, Political
        // Editor".
        if (!startedStory && article_.byline.empty() && countWords(block.text) <= 8) {
            const std::string& line = block.text;
            const std::size_t comma = line.find(", ");
            if (comma != std::string::npos && line.find(", ", comma + 2) == std::string::npos && isBareName(line.substr(0, comma)) &&
                !looksLikeOrganisation(line.substr(0, comma)) && isJobTitleLine(line.substr(comma + 2)) &&
                countWords(line.substr(0, comma)) >= 2 && countWords(line.substr(0, comma)) <= 4) {
                article_.byline = line.substr(0, comma);
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                lastWasByline = true;
                continue;
            }
        }
        // Or the writer's name and the town the story is filed from, over the date line: "Elif Karataş -
        // İzmir" over "14.05.2025 11:20 | Son Güncelleme: …".
        if (!startedStory && article_.byline.empty() && countWords(block.text) <= 6) {
            const std::string& line = block.text;
            const std::size_t dash = line.find(" - ");
            if (dash != std::string::npos && isBareName(line.substr(0, dash)) && !looksLikeOrganisation(line.substr(0, dash))) {
                const bool place = countWords(line.substr(dash + 3)) <= 3 && allWordsCapitalized(line.substr(dash + 3));
                const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                if (place && dateLineAfter(raw, at, 12)) {
                    article_.byline = line.substr(0, dash);
                    metadataLines_.push_back(at);
                    block.text.clear();
                    lastWasByline = true;
                    continue;
                }
            }
        }
        // Or the desk's credit that names no one, over the date line: "Staff reporters" over "Updated Tue 9 Jul 2024 at 6:12am"
        // (no byline is said for it).
        if (!startedStory && article_.byline.empty() && countWords(block.text) <= 4) {
            const std::string lower = lowerAscii(collapseWhitespace(block.text));
            const std::size_t at = static_cast<std::size_t>(&block - raw.data());
            // (Or the paper's name before it: "Straits Times Staff".)
            const bool paperStaff = lower.size() > 6 && lower.ends_with(" staff") && allWordsCapitalized(block.text);
            if ((lower == "staff reporters" || lower == "staff reporter" || lower == "staff writers" || lower == "staff writer" ||
                 lower == "staff" || lower == "news staff" || lower == "staff and agencies" || lower == "wire staff" || paperStaff) &&
                dateLineAfter(raw, at, 16)) {
                metadataLines_.push_back(at);
                block.text.clear();
                lastWasByline = true;
                continue;
            }
        }
        // Or the publication and the writers parted by a bar, over the date line: "News24 | Lwandile Bhengu and Jan
        // Gerber" over "Published: 02 June 2024 | 14:20" (or the names first).
        if (!startedStory && article_.byline.empty() && countWords(block.text) <= 10) {
            // (A separator left at its end by the page's row of labels: "Joanne Labelle · CBC News ·".)
            std::string line = block.text;
            for (const char* end : {" \xC2\xB7", " |", " \xE2\x80\xA2"}) {
                if (line.ends_with(end)) line.resize(line.size() - std::strlen(end));
            }
            // (Or a middle dot: "Julie Tremblay · The Canadian Press".)
            const std::string mark = line.find(" | ") != std::string::npos ? " | " : " \xC2\xB7 ";
            const std::size_t bar = line.find(mark);
            if (bar != std::string::npos && line.find(mark, bar + mark.size()) == std::string::npos) {
                const std::string left = line.substr(0, bar), right = line.substr(bar + mark.size());
                const auto names = [](const std::string& part) {
                    return isBareName(part) && !looksLikeOrganisation(part) && countWords(part) >= 2 && !isJobTitleLine(part);
                };
                // (The publication by its name's look: a figure in it, "News24", a paper's word, or capitals, "RNZ"; a section's
                // name, "Travel | South Africa", "Politics | Keir Starmer", is none.)
                const auto site = [](const std::string& part) {
                    if (countWords(part) > 3 || !allWordsCapitalized(part) || isJobTitleLine(part)) return false;
                    // (Or its web address: "Khaleeq Kiani | Dawn.com".)
                    const std::size_t dot = part.rfind('.');
                    if (part.find(' ') == std::string::npos && dot != std::string::npos && dot > 0 && dot + 2 < part.size() &&
                        std::all_of(part.begin() + static_cast<std::ptrdiff_t>(dot) + 1, part.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; })) {
                        return true;
                    }
                    const bool figure = part.find_first_of("0123456789") != std::string::npos;
                    const bool capitals = part.size() >= 2 && part.size() <= 6 &&
                                          std::none_of(part.begin(), part.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
                    return figure || capitals || namesAPaper(part);
                };
                const std::string who = names(right) && site(left) ? right : names(left) && site(right) ? left : "";
                const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                if (!who.empty() && dateLineAfter(raw, at, 12)) {
                    article_.byline = who;
                    metadataLines_.push_back(at);
                    block.text.clear();
                    lastWasByline = true;
                    continue;
                }
            }
        }
        // Or a link to the writer's page alone on its line, over the date: "[Lucía Barrenechea](…/@lucia)"
        // over "Mar 12, 2025", as a newsletter platform prints them.
        // (Or a name in bold over the date, a print page's: "<p><b>Eoin Ó Súilleabháin</b><br>Mon, 05 Feb, 2024 - 19:41</p>".)
        const bool boldName = !plain_ && !markdown_ && block.kind == BlockKind::Heading && countWords(block.text) <= 4;
        if (nearTop && !startedStory && article_.byline.empty() && (block.link_density >= 0.9 || (boldName && signedOnce())) && isBareName(block.text)) {
            const std::size_t at = static_cast<std::size_t>(&block - raw.data());
            if (dateLineAfter(raw, at, 6)) {
                article_.byline = block.text;
                metadataLines_.push_back(at);
                block.text.clear();
                lastWasByline = true;
                continue;
            }
        }
        // A body's name over the byline, the service that syndicates the story: "Local Democracy Reporting
        // Service" over "By Aisha Patel, Local Democracy Reporter".
        // (Never the first line, the headline: "Council backs river plan" over "By Priya Natarajan".)
        // (A name's words all capitalized: "Council bans cars from city centre" over "By Jane Doe" is the headline.)
        if (!startedStory && seen >= 2 && countWords(block.text) <= 6 && isUnpunctuatedShortLine(block.text, 6) &&
            looksLikeOrganisation(block.text) && std::ranges::all_of(splitWords(block.text), [](const std::string& w) {
                return startsCapitalized(w) || w == "of" || w == "the" || w == "and" || w == "for" || w == "&";
            })) {
            const std::size_t at = static_cast<std::size_t>(&block - raw.data());
            // (A byline: "By" and a name, no sentence: "By midnight, the blaze was under control." is one.)
            const auto byline = [&](const std::string& next) {
                return next.size() > 3 && lowerAscii(next.substr(0, 3)) == "by " && countWords(next) <= 12 &&
                       std::isupper(static_cast<unsigned char>(next[3])) && next.back() != '.';
            };
            if (at + 1 < raw.size() && byline(raw[at + 1].text)) {
                metadataLines_.push_back(at);
                block.text.clear();
                continue;
            }
        }
        // Or the name alone over the date on the next line, as a copied newsletter's page shows them:
        // "Hannah Corrigan" over "Apr 3, 2024".
        if (nearTop && !startedStory && article_.byline.empty() && !article_.published) {
            const std::size_t at = static_cast<std::size_t>(&block - raw.data());
            if (at + 1 < raw.size() && raw[at + 1].joined_to_previous && takeNameAndDate(block.text + " " + raw[at + 1].text)) {
                metadataLines_.push_back(at);
                metadataLines_.push_back(at + 1);
                block.text.clear();
                raw[at + 1].text.clear();
                continue;
            }
        }
        // (The page's date may be known already, from its metadata: the line is the byline box's all the same.)
        if (nearTop && !startedStory && article_.byline.empty() && takeNameAndDate(block.text)) {
            metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
            block.text.clear();
            continue;
        }
        // "(Reporting by Beatriz Lima; Editing by Paulo Reis)": a wire story's writers, at its end.
        if (takeWireCredit(block.text)) {
            block.text.clear();
            continue;
        }
        // "r i BC-EU-FISHERIES-QUOTAS 2025-12-17T06:41:08Z": a wire's header line with its time stamp.
        if (!startedStory && !article_.published && countWords(block.text) <= 12) {
            if (const auto stamp = isoTimeStampIn(block.text)) {
                article_.published = stamp;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                continue;
            }
        }
        // "Thursday, February 20, 2025 · by Laura Chen", "Wellington, 3 November 2023 — By Aroha Tipene, Political Reporter": the
        // date (after the place it is filed from) and then the byline, on one line.
        if (nearTop && !startedStory && article_.byline.empty() && countWords(block.text) <= 16) {
            const std::string& line = block.text;
            for (const char* mark : {" \xC2\xB7 ", " | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " \xE2\x80\xA2 "}) {
                const std::size_t at = line.find(mark);
                if (at == std::string::npos) continue;
                const std::string rest = line.substr(at + std::strlen(mark));
                if (rest.size() < 4 || lowerAscii(rest.substr(0, 3)) != "by " || !std::isupper(static_cast<unsigned char>(rest[3]))) continue;
                // (A name, perhaps with a job after its comma: "By Friday, 10,000 fines had been issued." opens the story.)
                const std::string named = rest.substr(3, rest.find(',') == std::string::npos ? std::string::npos : rest.find(',') - 3);
                if (countWords(rest) > 8 || rest.find_first_of("0123456789") != std::string::npos || !isBareName(named) ||
                    weekdayFromName(lowerAscii(splitWords(named).front())) >= 0 || monthFromName(splitWords(named).front()) != 0) {
                    continue;
                }
                std::string head = line.substr(0, at);
                auto when = parseDate(head);
                // (The place before the date: "Wellington, 3 November 2023".)
                if (const std::size_t comma = head.find(", "); !when && comma != std::string::npos && countWords(head.substr(0, comma)) <= 3) {
                    when = parseDate(head.substr(comma + 2));
                }
                if (!when || when->year == 0) continue;
                Article probe;
                if (!takeBylineLine("By " + rest.substr(3), probe) || probe.byline.empty()) continue;
                article_.byline = probe.byline;
                if (!article_.published) article_.published = when;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                lastWasByline = true;
                break;
            }
            if (block.text.empty()) continue;
        }
        // "By Dana Whitcombe, a senior reviewer covering phones. She has tested every Pixelate. Sep 12, 2024, 9:00 AM PDT": a
        // review's byline with the writer's bio run on and the date under it, one paragraph in a Markdown copy. The name and the
        // date are taken; the bio is the page's, not the story's.
        if (!startedStory && article_.byline.empty() && block.text.rfind("By ", 0) == 0 && countWords(block.text) <= 45) {
            const std::size_t lastStop = block.text.rfind(". ");
            const std::size_t comma = block.text.find(", ");
            const auto when = lastStop == std::string::npos ? std::nullopt : parseDate(block.text.substr(lastStop + 2));
            const std::string name = comma == std::string::npos ? "" : block.text.substr(3, comma - 3);
            // (The bio opens in small letters, "a senior reviewer": "By Jane Smith, Tom Berg and Ann Lee." names three writers.)
            const bool bio = comma + 2 < block.text.size() && std::islower(static_cast<unsigned char>(block.text[comma + 2])) != 0;
            if (when && when->year > 0 && bio && comma < lastStop && isBareName(name) && countWords(name) >= 2 && countWords(name) <= 4 &&
                countWords(block.text.substr(lastStop + 2)) <= 8) {
                article_.byline = name;
                if (!article_.published) article_.published = when;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                lastWasByline = true;
                continue;
            }
        }
        // "Vancouver, British Columbia--(Newsfile Corp. - January 22, 2026) - Aurora …": Newsfile's dateline, its date inside the
        // distributor's brackets; the date is taken, the place said as a dateline is, and the brackets not.
        if (!startedStory) {
            static const std::regex kNewsfile(R"(^([A-Z][^()]{1,60}?) ?-- ?\(Newsfile Corp\. - ([^)]{6,30})\) ?-\s*)");
            std::smatch m;
            if (std::regex_search(block.text, m, kNewsfile)) {
                if (const auto when = parseDate(m[2].str()); when && when->year > 0 && !article_.published) article_.published = when;
                block.text = m[1].str() + ". " + block.text.substr(static_cast<std::size_t>(m.length(0)));
            }
        }
        // "TEMPE, Ariz., June 17, 2025 /PRNewswire/ --", "CAMBRIDGE, Mass., Jan. 13, 2025 (GLOBE NEWSWIRE) --": a wire's press
        // release, its date before the distributor's name; the date is the release's (the dateline is the script's to say).
        if (!startedStory && !article_.published) {
            for (const char* wire : {" /PRNewswire/", "/PRNewswire/", " (GLOBE NEWSWIRE)", " (BUSINESS WIRE)", " /CNW/", " (ACCESSWIRE)",
                                     " /EINPresswire.com/", " (Newsfile Corp.)"}) {
                const std::size_t at = block.text.find(wire);
                if (at == std::string::npos || at > 120) continue;
                if (const auto when = parseDate(block.text.substr(0, at)); when && when->year > 0) article_.published = when;
                break;
            }
        }
        // "Torino, 22 maggio 2025 – Dal 3 giugno…": a press release's dateline opening its first paragraph,
        // the place and the date before a dash; the date is taken and the dateline not read.
        if (!startedStory && !article_.published) {
            // (Or two hyphens, as a release typed for the wire sets its dash: "CAMBRIDGE, Mass., June 2, 2026 -- Corvale …".)
            for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- ", " - "}) {
                const std::size_t at = block.text.find(dash);
                const std::size_t comma = block.text.find(", ");
                if (at == std::string::npos || comma == std::string::npos || comma > at || countWords(block.text.substr(0, at)) > 8 ||
                    countWords(block.text.substr(0, comma)) > 3 || !allWordsCapitalized(block.text.substr(0, comma))) {
                    continue;
                }
                auto when = parseDate(block.text.substr(comma + 2, at - comma - 2));
                // (The state after the town, written short, before the date: "CAMBRIDGE, Mass., June 2, 2026".)
                if (const std::size_t state = block.text.find(".,", comma + 2); !when && state != std::string::npos && state < at &&
                                                                                 countWords(block.text.substr(comma + 2, state - comma - 2)) == 1) {
                    when = parseDate(block.text.substr(state + 3, at - state - 3));
                }
                std::size_t rest = at + std::strlen(dash);
                // ("EDINBURGH, Scotland – 18 September 2024 – Meridian Rail…": the region after the town, the date
                // between two dashes.)
                if (!when && countWords(block.text.substr(comma + 2, at - comma - 2)) <= 2) {
                    const std::size_t second = block.text.find(dash, rest);
                    if (second != std::string::npos && countWords(block.text.substr(rest, second - rest)) <= 5) {
                        when = parseDate(block.text.substr(rest, second - rest));
                        rest = second + std::strlen(dash);
                    }
                }
                // (The paragraph's text after it: "Zaragoza, 19/02/2025 - 14:32 Actualizada …" is a date line.)
                // (A listed company's name after a report's dateline in capitals is that report's date too: "STOCKHOLM, 24
                // April 2025 – Norrvik Group AB (publ) (Nasdaq Stockholm: NRVK B)".)
                const std::string town = block.text.substr(0, comma);
                const bool listed = std::any_of(town.begin(), town.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) &&
                                    std::none_of(town.begin(), town.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
                if (!when || when->year == 0 || (countWords(block.text.substr(rest)) < 10 && !listed)) continue;
                article_.published = when;
                if (countWords(block.text.substr(rest)) < 10) {
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    break;
                }
                block.text = block.text.substr(rest);
                break;
            }
        }
        // The writer's name before the page's date, on a line of its own above the story.
        if (const std::string writer = nearTop && !startedStory && article_.byline.empty() ? writerBeforeDate(block.text) : std::string();
            !writer.empty()) {
            // (Unless a byline of its own follows it, "Penulis: Dewi Lestari", "By Dewi Lestari": the name before the date is
            // then the outlet's, "Warta Nusantara - Rabu, 15 Januari 2025"; the line gives the date alone.)
            const std::size_t at = static_cast<std::size_t>(&block - raw.data());
            const auto creditFollows = [&] {
                for (std::size_t k = at + 1, lines = 0; k < raw.size() && lines < 2; ++k) {
                    if (raw[k].text.empty()) continue;
                    ++lines;
                    if (Article probe; takeBylineLine(raw[k].text, probe) && !probe.byline.empty()) return true;
                }
                return false;
            };
            const bool outlet = creditFollows();
            if (outlet || takeBylineLine("By " + writer, article_)) {
                if (outlet && article_.site.empty()) article_.site = writer;
                if (!article_.published) article_.published = parseDate(block.text.substr(writer.size()));
                metadataLines_.push_back(at);
                block.text.clear();
                continue;
            }
        }
        // "Madrid, 9 de febrero de 2025": the place and date under the byline (or a press release's,
        // with no byline, before its text).
        if ((underByline || !startedStory) && !article_.published && countWords(block.text) <= 10) {
            const std::size_t comma = block.text.find(", ");
            const std::string place = comma == std::string::npos ? "" : block.text.substr(0, comma);
            const auto when = comma == std::string::npos ? std::nullopt : parseDate(block.text.substr(comma + 2));
            bool named = !place.empty() && countWords(place) <= 3;
            // ("By Anna Fenwick, 3 November 2026" is a byline with its date, for the byline pass.)
            const std::string opening = lowerAscii(place.substr(0, place.find(' ')));
            named = named && (underByline || (opening != "by" && opening != "por" && opening != "par" && opening != "von" &&
                                              opening != "di" && opening != "door" && opening != "av" && opening != "af" &&
                                              opening != "deur"));
            // ("Autor: Anna Kowalska, 12.11.2025": a field's label is no town's.)
            named = named && allWordsCapitalized(place) && place.find(':') == std::string::npos;
            if (when && when->year > 0 && named) {
                article_.published = when;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                continue;
            }
        }
        const bool hadModified = article_.modified.has_value();
        // ("DATE: Thursday 08.05.2025" over "TIME: 9.00 A.M. - 5.00 P.M.": a notice's fields, what it announces.)
        const bool noticeDate = [&] {
            if (lowerUtf8(block.text).rfind("date:", 0) != 0) return false;
            std::size_t next = static_cast<std::size_t>(&block - raw.data()) + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            return next < raw.size() && lowerUtf8(raw[next].text).rfind("time:", 0) == 0;
        }();
        const bool date = !noticeDate && takeDateLine(block.text, article_, nearTop || underByline, startedStory && !underByline);
        bool byline = takeBylineLine(block.text, article_);
        // ("Publicado em 03/03/2026 - 16:42 Por Ana Cristina Moura - Repórter da Agência Brasil": the writer after
        // the date on its line.)
        if (date && !byline && article_.byline.empty()) {
            for (const char* by : {" Por ", " By ", " Von ", " Par ", " Door ", " Di ", " Av ", " Af ", " Przez "}) {
                const std::size_t at = block.text.find(by);
                if (at != std::string::npos && takeBylineLine(block.text.substr(at + 1), article_)) break;
            }
        }
        // "ABC Western Plains" over "/" over "By Lani Oataway": the desk's name set beside the writer's in the
        // byline box, parted from it by a lone mark, is no heading of the story. (The headline stands over it,
        // longer: a short headline right over the mark is left to be the title.)
        if (byline && !startedStory) {
            std::size_t k = static_cast<std::size_t>(&block - raw.data());
            bool parted = false;
            while (k > 0 && (raw[k - 1].text.empty() || raw[k - 1].text == "/" || raw[k - 1].text == "|")) {
                parted = parted || !raw[k - 1].text.empty();
                --k;
            }
            std::size_t above = k > 0 ? k - 1 : 0;
            while (above > 0 && raw[above - 1].text.empty()) --above;
            if (parted && above > 0 && countWords(raw[k - 1].text) <= 4 && isUnpunctuatedShortLine(raw[k - 1].text, 4) &&
                allWordsCapitalized(raw[k - 1].text) && countWords(raw[above - 1].text) >= 5) {
                raw[k - 1].text.clear();
            }
        }
        if (date || byline) {
            lastWasByline = byline && !date;
            lastWasDate = date && !byline;
            metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
            // A bare date line in the page's header, kept for when a byline shows it is the story's.
            if (date && !article_.published && article_.modified.has_value() == hadModified && !startedStory && !bareDate_) {
                bareDate_ = parseDate(block.text);
            }
            block.text.clear();
            continue;
        }
        // A page's row of byline, date and reading time under the headline: "Maëlle GUYOMARC'H. Publié le
        // 04/03/2025 à 17h12 Modifié le … Lecture : 3 min."
        const std::string rest = afterByline(block.text, article_.byline);
        // ("María José Domínguez Sevilla": the writer's name and the town the story is filed from.)
        const bool place = !rest.empty() && countWords(rest) <= 2 && isUnpunctuatedShortLine(rest, 2) && allWordsCapitalized(rest);
        // (Or the date with what the row shows beside it, a count of views or the town, in whatever language: "Олена Коваленко
        // 14 грудня 2023, 14:20 👁 18 402", "Marta Puig i Ferrer Barcelona 14/05/2024 07:00": a year among a few words, no
        // sentence.)
        // (A clock's or a date's figures, "14:20", "14/05/2024": "What changed for you in 2019?" is an interview's question, "NASA
        // targets September 2025 …" a deck.)
        static const std::regex kDated(R"(([0-9]{1,2}:[0-9]{2})|([0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}))");
        const bool datedRow = !rest.empty() && countWords(rest) <= 8 && rest.find(". ") == std::string::npos && rest.find('?') == std::string::npos &&
                              rest[0] != ':' && std::regex_search(rest, kDated);
        if (nearTop && rest != block.text && (rest.empty() || place || takeDateLine(rest, article_, true, startedStory) || datedRow)) {
            block.text.clear();
        }
        // "이수진 기자 입력 2026.03.05 09:41 수정 …": a Korean reporter's name and role (기자) over the page's times, where no byline
        // is known yet.
        if (const std::size_t role = block.text.find(" \xEA\xB8\xB0\xEC\x9E\x90 "); nearTop && article_.byline.empty() && role != std::string::npos &&
                                                                               role > 0 && countWords(block.text.substr(0, role)) <= 2 &&
                                                                               takeDateLine(block.text.substr(role + 8), article_, true, startedStory)) {
            article_.byline = collapseWhitespace(block.text.substr(0, role));
            block.text.clear();
        }
        // "Johan Lindqvist/TT": the writer's name and the agency's alone on a line near the top,
        // under the standfirst, as agencies sign; read as the byline "By …" would be.
        if (nearTop && article_.byline.empty() && countWords(block.text) <= 6) {
            // (With its slash only, as the Nordic agencies sign: "Los Angeles, AP" is a place, "Joe Biden, Reuters" a caption's.)
            const std::size_t cut = block.text.rfind('/');
            const std::string who = cut == std::string::npos ? "" : block.text.substr(0, cut);
            const std::string agency = cut == std::string::npos ? "" : newsAgencyName(collapseWhitespace(block.text.substr(cut + 1)));
            const std::size_t names = countWords(who);
            const bool shouted = std::none_of(who.begin(), who.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
            if (names >= 2 && names <= 4 && allWordsCapitalized(who) && !shouted && who.find_first_of("0123456789,.:;") == std::string::npos &&
                !agency.empty() && takeBylineLine("By " + block.text, article_)) {
                if (article_.site.empty()) article_.site = agency;
                lastWasByline = true;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                continue;
            }
        }
        // "Harriet Okafor Environment correspondent": a name and a job with nothing between, near the top
        // (the byline's cleaning leaves the name).
        if (nearTop && !startedStory && article_.byline.empty() && isNameWithJob(block.text, 6)) {
            article_.byline = block.text;
            metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
            block.text.clear();
            continue;
        }
        // "Ruvimbo Chiwara" over "Senior Agriculture Reporter": the writer's name alone, the job on the line
        // under it, near the top.
        if (nearTop && !startedStory && article_.byline.empty() && isBareName(block.text) && !looksLikeOrganisation(block.text)) {
            std::size_t next = static_cast<std::size_t>(&block - raw.data()) + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            if (next < raw.size() && isUnpunctuatedShortLine(raw[next].text, 6) && isJobTitleLine(raw[next].text)) {
                article_.byline = block.text;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                lastWasByline = true;  // (the job under it goes as a byline's)
                continue;
            }
        }
        // "Mateo Lindqvist | Staff Writer": a name and a job on one line, near the top.
        if (!startedStory && article_.byline.empty()) {
            const std::size_t bar = block.text.find(" | ");
            if (bar != std::string::npos && block.text.find(" | ", bar + 3) == std::string::npos &&
                isJobTitleLine(block.text.substr(bar + 3)) && countWords(block.text.substr(0, bar)) <= 4 &&
                std::isupper(static_cast<unsigned char>(block.text[0]))) {
                article_.byline = block.text.substr(0, bar);
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                continue;
            }
        }
        // The byline's job title on a line of its own, before the story begins.
        // (Or the agency or paper it works for: "Associated Newswire", "Harlow County Courier".)
        // (The organisation right under the byline or its date: a notice's "NAIROBI COUNTY" further down, under the
        // story's first lines, is the story's.)
        if (nearTop && !article_.byline.empty() && !startedStory &&
            (isJobTitleLine(block.text) || (countWords(block.text) <= 5 && isUnpunctuatedShortLine(block.text, 5) &&
                                            (underByline || underDate) && (looksLikeOrganisation(block.text) || isNewsAgency(block.text))))) {
            block.text.clear();
        }
        // (Sentences: a long headline has no full stop.)
        // (Nor a pasted text's first line, its headline, though it asks a question: "You ask, we answer: Why does it take six
        // weeks to fix a streetlight?")
        const bool firstLine = plain_ && std::none_of(raw.data(), &block, [](const RawBlock& b) { return !b.text.empty(); }) &&
                               metadataLines_.empty();
        if (!block.text.empty() && countWords(block.text) > 12 && !isUnpunctuatedShortLine(block.text, SIZE_MAX) &&
            !isBoilerplate(block.text) && !firstLine) {
            ++longBlocks;
        }
        // (Or a sentence of the story that opens a list: "The studio confirmed the release schedule on Monday:" over the dates
        // it gives, which are the story's, not the page's.)
        introducedList = introducedList || (!block.text.empty() && block.text.back() == ':' && countWords(block.text) >= 6);
        startedStory = longBlocks >= 2 || introducedList;
    }
}

void Assembly::takePrintedHeadlineOfDeclaredTitle(std::vector<RawBlock>& raw) {
    const std::string& title = article_.title;
    for (std::size_t i = 0, seen = 0; i < raw.size() && seen < 12; ++i) {
        if (raw[i].text.empty()) continue;
        ++seen;
        // ("## 'The Black Book' sequel review: RMD returns in …" under the front matter's "… Richard Mofe-Damijo returns in …": the
        // headline printed again over the text in other words, its first block, most of its words the title's.)
        if (seen == 1 && raw[i].kind == BlockKind::Heading && title.rfind(raw[i].text, 0) != 0 && sharesMostWords(raw[i].text, title)) {
            raw[i].text.clear();
            return;
        }
        if (raw[i].kind != BlockKind::Heading || raw[i].text.size() >= title.size() || title.rfind(raw[i].text, 0) != 0) continue;
        const std::string rest = title.substr(raw[i].text.size());
        for (const char* separator : {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " \xC2\xB7 ", " :: ", " \xC2\xBB "}) {
            if (rest.rfind(separator, 0) == 0 && countWords(rest.substr(std::strlen(separator))) <= 5) {
                article_.title = raw[i].text;
                raw[i].text.clear();
                return;
            }
        }
    }
}

// "Sincerely," over "Renata Okonkwo-Hale" and her job, at a letter's foot (a chief executive's letter in an annual report,
// an open letter): the writer's name is the byline where nothing else gave one. (Only the last such close: a page of
// readers' letters signs each, and names no one writer.)
void Assembly::takeLetterSignature(const std::vector<RawBlock>& raw) {
    if (!article_.byline.empty()) return;
    std::size_t closes = 0, name = raw.size();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        std::string close = lowerAscii(collapseWhitespace(raw[i].text));
        if (close.empty() || close.back() != ',') continue;
        close.pop_back();
        if (close != "sincerely" && close != "yours sincerely" && close != "yours faithfully" && close != "kind regards" && close != "best regards" &&
            close != "with best regards" && close != "respectfully" && close != "yours truly" && close != "warm regards") {
            continue;
        }
        ++closes;
        std::size_t next = i + 1;
        while (next < raw.size() && raw[next].text.empty()) ++next;
        if (next < raw.size() && countWords(raw[next].text) >= 2 && countWords(raw[next].text) <= 4 && isBareName(collapseWhitespace(raw[next].text)) &&
            !looksLikeOrganisation(raw[next].text)) {
            name = next;
        }
    }
    if (closes == 1 && name < raw.size()) article_.byline = collapseWhitespace(raw[name].text);
}

}  // namespace readcast::assembly
