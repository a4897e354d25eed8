#include "ingest/Ingest.hpp"

#include <cctype>
#include <cstring>
#include <regex>

#include "core/Ascii.hpp"
#include "core/Error.hpp"
#include "core/LanguageTag.hpp"
#include "core/NewsAgencies.hpp"
#include "core/Text.hpp"
#include "ingest/ArticleAssembler.hpp"
#include "ingest/AssistantReply.hpp"
#include "ingest/Furniture.hpp"
#include "ingest/GluedDateLine.hpp"
#include "ingest/Byline.hpp"
#include "ingest/Headline.hpp"
#include "ingest/EnglishRegion.hpp"
#include "ingest/PortugueseRegion.hpp"
#include "ingest/SpeakerLabels.hpp"
#include "ingest/TranscriptTurns.hpp"
#include "ingest/StoryCountry.hpp"
#include "ingest/LanguageDetector.hpp"
#include "ingest/LightMarkup.hpp"
#include "core/Url.hpp"
#include "ingest/DocComments.hpp"
#include "ingest/TrackedChanges.hpp"
#include "ingest/html/HtmlIngest.hpp"
#include "ingest/MarkdownIngest.hpp"
#include "ingest/TextIngest.hpp"

namespace readcast {
namespace {

// A saved web page, whatever its name: it opens like one (after a byte-order mark, blank lines and
// comments), or its first bytes hold an <html> or <body> tag and closing tags. A Markdown or text file
// with a little inline HTML does neither.
bool looksLikeHtmlDocument(const std::string& bytes) {
    const std::string head = lowerAscii(bytes.substr(0, 4096));
    std::size_t at = head.rfind("\xef\xbb\xbf", 0) == 0 ? 3 : 0;
    for (;;) {
        at = head.find_first_not_of(" \t\r\n", at);
        if (at == std::string::npos) return false;
        if (head.compare(at, 4, "<!--") != 0) break;
        const std::size_t end = head.find("-->", at);
        if (end == std::string::npos) return false;
        at = end + 3;
    }
    for (const char* opening : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<meta ", "<title"}) {
        if (head.compare(at, std::string(opening).size(), opening) == 0) return true;
    }
    return (head.find("<html") != std::string::npos || head.find("<body") != std::string::npos) &&
           head.find("</") != std::string::npos;
}

// Markdown shows itself by ATX headings, front matter or blank-line paragraphs with reference syntax;
// copy-pasted text with a stray image link is still text.
bool looksLikeMarkdown(const std::string& bytes) {
    if (bytes.rfind("---\n", 0) == 0) return true;
    std::size_t headings = 0;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t eol = bytes.find('\n', pos);
        if (eol == std::string::npos) eol = bytes.size();
        if (bytes.compare(pos, 2, "# ") == 0 || bytes.compare(pos, 3, "## ") == 0 || bytes.compare(pos, 4, "### ") == 0) {
            ++headings;
        }
        pos = eol + 1;
    }
    return headings > 0;
}

// A caption less a Korean wire's dateline opening it, place and agency: "[부산=뉴시스] 1일 부산항 …".
std::string withoutWireDateline(const std::string& caption) {
    if (caption.find('=') == std::string::npos) return caption;
    static const std::regex kWireDateline(R"(^\s*\[[^\]=]{1,30}=[^\]]{1,30}\]\s*)");
    return std::regex_replace(caption, kWireDateline, "", std::regex_constants::format_first_only);
}

// A caption less the credit run on at its end: "… in Abuja on Tuesday. Photo: Lagos Herald/Tunde Adeyemi",
// "… on February 1. (PTI Photo/Kamal Singh)".
std::string captionWithoutCredit(const std::string& written) {
    // (What follows a credit at a caption's end is the agency's: the date the picture was filed and its desk's
    // address, "(사진=뉴시스DB) 2025.06.01. photo@newsis.com".)
    std::string text = collapseWhitespace(written);
    // (Its shape before the expression, compiled only for a caption with a bracket and an address or a figure last.)
    const char last = text.size() > 1 && text.back() == '.' ? text[text.size() - 2] : text.empty() ? '\0' : text.back();
    if (text.find(')') != std::string::npos && (text.find('@') != std::string::npos || std::isdigit(static_cast<unsigned char>(last)) != 0)) {
        static const std::regex kFiling(std::string(R"((?:\s+(?:)") + kEmailAddressPattern + R"(|\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?))+$)");
        if (std::smatch m; std::regex_search(text, m, kFiling) && m.position(0) > 0 && text[static_cast<std::size_t>(m.position(0)) - 1] == ')') {
            text.erase(static_cast<std::size_t>(m.position(0)));
        }
    }
    // (A credit in brackets at the very end, whatever comes before it: "… Crown Court (Image: West Midlands
    // Police)", "… alla Camera (ansa)", "… Saturday. (KVTN)".)
    if (const std::size_t open = text.rfind(" ("); open != std::string::npos && open > 0 && text.back() == ')' &&
                                                   text.find(')', open) == text.size() - 1) {
        const std::string inside = text.substr(open + 2, text.size() - open - 3);
        // (A name in capitals after the caption's last sentence, a station's or a paper's: after a name, "Simone Biles
        // (USA)", it is the name's.)
        const bool afterSentence = text[open - 1] == '.' || text[open - 1] == '!' || text[open - 1] == '?';
        const bool capitals = afterSentence && inside.size() >= 2 && inside.size() <= 12 && inside == upperAscii(inside) &&
                              inside.find_first_of("0123456789") == std::string::npos && countWords(inside) <= 2;
        if (isPhotoCredit("(" + inside + ")") || !newsAgencyName(inside).empty() || capitals) return text.substr(0, open);
    }
    // (Or set after a dash: "… em Brasília — Foto: Marcelo Camargo/Agência Brasil".)
    for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
        if (const std::size_t at = text.rfind(dash); at != std::string::npos && at > 0 && isPhotoCredit(text.substr(at + std::strlen(dash)))) {
            return text.substr(0, at);
        }
    }
    // (Or after the caption's last sentence, set off by its label alone: "… pętli Mistrzejowice. Fot. Jan Nowak / Agencja
    // Wyborcza.pl", whose label's own dot is no sentence's end.)
    for (std::size_t stop = text.find(". "); stop != std::string::npos; stop = text.find(". ", stop + 2)) {
        const std::string rest = text.substr(stop + 2);
        if (stop > 0 && countWords(rest) <= 10 && countWords(text.substr(0, stop)) >= 3 && isPhotoCredit(rest)) return text.substr(0, stop + 1);
    }
    // (Or after a bar, the paper's and the photographer's names in capitals: "… à la presse. | OUEST MATIN / THOMAS BRÉGEON".)
    if (const std::size_t bar = text.rfind(" | "); bar != std::string::npos && bar > 0 && std::string(".!?").find(text[bar - 1]) != std::string::npos) {
        const std::string tail = text.substr(bar + 3);
        bool capitals = countWords(tail) <= 8 && tail.find_first_of("0123456789") == std::string::npos;
        for (char c : tail) capitals = capitals && !std::islower(static_cast<unsigned char>(c));
        if (capitals && std::any_of(tail.begin(), tail.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; })) {
            return text.substr(0, bar);
        }
    }
    std::string bare = withoutTrailingCredits(text);
    // (Or in brackets after the last sentence.)
    if (const std::size_t open = text.rfind(" ("); bare == text && open != std::string::npos && open > 0 && text.back() == ')' &&
                                                   (text[open - 1] == '.' || text[open - 1] == '!' || text[open - 1] == '?') &&
                                                   endsWithPhotoCredit(text)) {
        bare = text.substr(0, open);
    }
    return bare;
}

// Every format's metadata, cleaned the same way: the byline into names, the headline without the
// site's name or a label. `written` is the text as its writer gave it, lines around the story included
// ("Saturday 13 April 2024 - 10.48pm AEST"), or "" for a page, whose body is its text.
void finishMetadata(Article& article, const std::string& written) {
    // Nothing from a page may act on a terminal, a subtitle viewer or a tag reader, or hide text: no
    // control characters and no bidirectional overrides in anything the article gives.
    for (std::string* field : {&article.title, &article.byline, &article.site, &article.url, &article.lead_image_url, &article.lead_image_caption}) {
        *field = withoutControls(*field);
    }
    for (Block& b : article.blocks) b.text = withoutControls(b.text);
    withSpeakersNamed(article.blocks);
    withTranscriptTurnsSaid(article.blocks);
    if (const std::string bare = captionWithoutCredit(withoutWireDateline(article.lead_image_caption)); !bare.empty()) {
        article.lead_image_caption = collapseWhitespace(bare);
    }
    // (A caption that is a credit and nothing else, "Fotoğraf: AA", says nothing of the picture.)
    if (isPhotoCredit(article.lead_image_caption)) article.lead_image_caption.clear();
    // A caption's credit run on at its end, "… in Abuja on Tuesday. Photo: Lagos Herald/Tunde Adeyemi", "… (PTI
    // Photo/Kamal Singh)", is a credit of its own: read captions, and the credit is still not read.
    for (std::size_t k = 0; k < article.blocks.size(); ++k) {
        if (article.blocks[k].kind != BlockKind::Caption) continue;
        article.blocks[k].text = withoutWireDateline(article.blocks[k].text);
        const std::string text = article.blocks[k].text;
        const std::string bare = captionWithoutCredit(text);
        if (bare.empty() || bare.size() >= text.size() || text.compare(0, bare.size(), bare) != 0) continue;
        Block credit{BlockKind::Credit, collapseWhitespace(text.substr(bare.size())), 0, article.blocks[k].source_offset};
        article.blocks[k].text = bare;
        article.blocks.insert(article.blocks.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::move(credit));
        ++k;
    }
    // (A text's picture is the first, its caption the first caption, credit taken off above: the picture and the
    // words under it.)
    if (!written.empty() && !article.lead_image_url.empty()) {
        for (const Block& b : article.blocks) {
            if (b.kind == BlockKind::Caption) {
                article.lead_image_caption = b.text;
                break;
            }
        }
    }
    // What the page declares, checked against what its text is written in.
    std::string body;
    for (const Block& b : article.blocks) {
        if (isBodyKind(b.kind) && body.size() < 20000) body += b.text + "\n";
    }
    // A declared language must look like one before it names a voice or a lexicon file.
    if (!isLanguageTag(article.language)) article.language.clear();
    article.language = confirmedLanguage(article.language, body);
    // A country's own address names its English before the text's spelling is counted: "example.com.au" is Australia's
    // whether the page declares "en", nothing at all, or the "en-US" a publishing tool sets by default (WordPress does),
    // and its "3/4/2025" is the 3rd of April.
    if (const std::string declared = lowerAscii(article.language); declared == "en" || declared == "en-us") {
        if (const std::string region = regionOfHost("en", hostName(article.url)); !region.empty()) article.language = "en" + region;
    }
    // ("en" alone, from a page that says no more or a text: the region its spelling shows, "en-GB".)
    // (The publication's name counts with the text: the "Trinidad and Tobago Guardian" is a country's paper, though its budget
    // story names only "TT$".)
    article.language = withEnglishRegion(article.language, (article.site.empty() ? "" : article.site + "\n") +
                                                               (written.empty() ? article.title + "\n" + body : written.substr(0, 60000)));
    article.language = withPortugueseRegion(article.language, article.title + "\n" + body);
    // (Spanish, Portuguese, French and German without a region take their country's from the page's address, as
    // English did from its metadata: "lanacion.com.ar" is Argentina's Spanish, read by the Americas' voice; ".com.br"
    // Brazil's Portuguese; ".be" and ".ch" Belgium's and Switzerland's French.)
    if (const std::string declared = lowerAscii(article.language); declared != "en" && declared.find('-') == std::string::npos) {
        article.language += regionOfHost(declared, hostName(article.url));
    }
    // (Else the country the story names most: "$ 828.158" in a story about Buenos Aires is in pesos.)
    article.language = withStoryCountry(article.language, written.empty() ? article.title + "\n" + body : written.substr(0, 60000));
    // ("04/03/2025" alone was read month first: in a language that writes the day first, it is the 4th of March.)
    const bool monthFirst = writesMonthFirst(article.language);
    for (std::optional<DateTime>* date : {&article.published, &article.modified}) {
        if (*date && (*date)->order_guessed && !monthFirst) (*date)->swapDayAndMonth();
    }
    // An account's name for the author ("ralmansa"): the person the text names for it, if any.
    std::vector<std::string> texts;
    for (const Block& b : article.blocks) texts.push_back(b.text);
    article.byline = nameForAccount(article.byline, texts);
    const Byline byline = cleanByline(article.byline, article.site, article.language);
    std::vector<std::string> known{article.site, byline.names, article.byline, hostName(article.url)};
    article.byline = byline.names;
    // (Or an agency the page's own metadata showed to be one, by its initials in the byline.)
    article.byline_is_agency = byline.agency || (article.byline_is_agency && !byline.names.empty());
    // (An agency's own wire, where nothing names another publication: the agency is its publisher.)
    if (article.site.empty() && byline.agency && !byline.names.empty()) {
        article.site = byline.names;
        // ("From the Press Trust of India" is said with its article; a tag opens on a capital.)
        if (article.site.rfind("the ", 0) == 0) article.site[0] = 'T';
    }
    // (A national agency's copy, where nothing else says the region: its country's, "Belga" in French is fr-BE.)
    if (byline.agency && article.language.find('-') == std::string::npos) {
        if (const std::string regioned = agencyRegion(byline.names, article.language); !regioned.empty()) article.language = regioned;
    }
    article.title = cleanHeadline(article.title, known);
    // A page's section set as its author, opening the headline that names it ("Letters: …", "Corrections and clarifications"), or
    // the headline itself ("Trading Update"): no byline, in any language. (A person's headline of their own, "Bono on Africa's
    // debt", stays theirs.)
    if (!article.byline_is_agency && !article.byline.empty() && !article.title.empty()) {
        const std::string name = foldForComparison(article.byline);
        const std::string title = collapseWhitespace(article.title);
        const bool oneWord = article.byline.find(' ') == std::string::npos;
        const std::size_t cut = std::min(title.find(": "), title.find(" and "));
        const bool opensTitle = oneWord && cut != std::string::npos && foldForComparison(title.substr(0, cut)) == name;
        if (opensTitle || name == foldForComparison(title)) article.byline.clear();
    }
}

}  // namespace

InputFormat detectFormat(const std::string& name, const std::string& bytes) {
    // The content first: a page saved as .md or .txt is still a page, and its scripts are not Markdown.
    if (looksLikeHtmlDocument(bytes)) return InputFormat::Html;
    const std::string ext = lowerExtension(name);
    if (ext == ".md" || ext == ".markdown") return InputFormat::Markdown;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
    if (ext == ".txt" || ext == ".text" || ext == ".eml") return InputFormat::Text;
    // (Org mode's "# " comments and Textile's "# " list items are no Markdown headings.)
    return looksLikeMarkdown(bytes) && !hasLightMarkup(bytes) ? InputFormat::Markdown : InputFormat::Text;
}

Article ingestArticle(const Input& input, InputFormat format) {
    if (format == InputFormat::Auto) format = detectFormat(input.name, input.bytes);
    Article article;
    article.source = input.name;
    article.language.clear();  // declared by the input, or found from its text below
    switch (format) {
        case InputFormat::Markdown:
            assembleArticle(markdownBlocks(withDateLinesUnglued(withoutAssistantWords(withoutTrackedChanges(withoutDocComments(validateText(input.name, input.bytes))))), article), BlockSource::Markdown,
                            article);
            break;
        case InputFormat::Text: {
            std::string printedTitle;
            std::vector<RawBlock> blocks = textBlocks(withDateLinesUnglued(withoutAssistantWords(withoutTrackedChanges(withoutDocComments(validateText(input.name, input.bytes))))), printedTitle);
            assembleArticle(std::move(blocks), BlockSource::PlainText, article, printedTitle);
            break;
        }
        case InputFormat::Html: readHtmlArticle(input.bytes, article); break;
        case InputFormat::Auto: break;
    }
    finishMetadata(article, format == InputFormat::Html ? std::string() : input.bytes);
    // A photo gallery whose story is told in its captions: with no other text to read, they are read.
    if (!article.hasReadableBody()) {
        for (Block& b : article.blocks) {
            if (b.kind == BlockKind::Caption && countWords(b.text) >= 6) b.kind = BlockKind::Paragraph;
        }
    }
    // A page whose article holds headings alone (sections of pictures, each under its heading): with no
    // other text, the headings are what it says, and reading them beats refusing the page.
    if (!article.hasReadableBody()) {
        for (Block& b : article.blocks) {
            if (b.kind == BlockKind::Heading) b.kind = BlockKind::Paragraph;
        }
    }
    if (!article.hasReadableBody()) {
        throw Error(ExitCode::Input, input.name + (format == InputFormat::Html
                                                       ? ": no article found on this page"
                                                       : ": no article text found (only a title, captions or page furniture)"));
    }
    return article;
}

}  // namespace readcast
