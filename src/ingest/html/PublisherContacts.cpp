#include "ingest/html/PublisherContacts.hpp"

#include <map>
#include <regex>

#include "core/Text.hpp"
#include "core/Url.hpp"

namespace readcast {
namespace {

// The label that names a site before its public suffix: "thetimes" for "thetimes.com", "statcan" for "www150.statcan.gc.ca",
// "europa" for "ec.europa.eu", "elpais" for "elpais.es" and "elpais.com" alike.
std::string brandOf(const std::string& host) {
    std::vector<std::string> labels;
    std::size_t from = 0;
    for (std::size_t dot = host.find('.'); ; dot = host.find('.', from)) {
        labels.push_back(host.substr(from, dot == std::string::npos ? std::string::npos : dot - from));
        if (dot == std::string::npos) break;
        from = dot + 1;
    }
    if (labels.size() < 2) return "";
    static const char* const kSecondLevel[] = {"co", "com", "gov", "gc", "ac", "org", "net", "edu", "gv", "or", "ne", "go", "gob", "nic"};
    const std::string& second = labels[labels.size() - 2];
    const bool countrySuffix = labels.back().size() == 2 && labels.size() >= 3 &&
                               std::any_of(std::begin(kSecondLevel), std::end(kSecondLevel), [&](const char* s) { return second == s; });
    return countrySuffix ? labels[labels.size() - 3] : second;
}

// The page's own brand: from its address, else the host most of its absolute links go to (a site's menus link home).
std::string pageBrand(const GumboNode* root, const std::string& pageUrl) {
    if (const std::string host = hostName(pageUrl); !host.empty()) return brandOf(host);
    std::map<std::string, int> counts;
    for (const GumboNode* a : elementsByTag(root, GUMBO_TAG_A)) {
        if (const std::string host = hostName(attribute(a, "href")); !host.empty()) ++counts[brandOf(host)];
    }
    std::string best;
    int most = 2;  // (two links at least)
    for (const auto& [brand, count] : counts) {
        if (count > most) {
            best = brand;
            most = count;
        }
    }
    return best;
}

// A site's name as a domain could write it: its letters folded to ASCII ("El País" "elpais"), or its words' initials
// ("Süddeutsche Zeitung" "sz").
std::vector<std::string> brandsOfName(const std::string& site) {
    const std::string folded = lowerAscii(foldedAccents(site));
    std::string joined, initials;
    bool wordStart = true;
    for (char c : folded) {
        const bool letter = std::isalnum(static_cast<unsigned char>(c)) != 0;
        if (letter) joined += c;
        if (letter && wordStart) initials += c;
        wordStart = !letter;
    }
    std::vector<std::string> brands;
    if (joined.size() >= 3) brands.push_back(joined);
    if (initials.size() >= 2) brands.push_back(initials);
    return brands;
}

bool quotes(const std::string& text) {
    return text.find('"') != std::string::npos || text.find("\xE2\x80\x9C") != std::string::npos || text.find("\xC2\xAB") != std::string::npos ||
           text.find("\xE2\x80\x9E") != std::string::npos;
}

}  // namespace

void dropPublisherContacts(const GumboNode* root, const std::string& pageUrl, const std::string& site, std::vector<RawBlock>& blocks) {
    // (The page is searched only where a block holds an e-mail address: most pages have none.)
    const auto hasAt = [](const RawBlock& b) { return b.text.find('@') != std::string::npos; };
    if (std::none_of(blocks.begin(), blocks.end(), hasAt)) return;
    std::vector<std::string> brands = brandsOfName(site);
    if (const std::string brand = pageBrand(root, pageUrl); !brand.empty()) brands.push_back(brand);
    if (brands.empty()) return;
    static const std::regex kEmail(kEmailAddressPattern);
    const auto ownAddress = [&](const std::string& text) {
        for (auto m = std::sregex_iterator(text.begin(), text.end(), kEmail); m != std::sregex_iterator(); ++m) {
            std::string address = m->str();
            while (!address.empty() && (address.back() == '.' || address.back() == '-')) address.pop_back();
            const std::string domain = lowerAscii(address.substr(address.find('@') + 1));
            if (domain.find('.') != std::string::npos && std::find(brands.begin(), brands.end(), brandOf(domain)) != brands.end()) return true;
        }
        return false;
    };
    // (The story's paragraphs after a block: a note at the foot of the page has none, or one.)
    std::vector<std::size_t> proseAfter(blocks.size() + 1, 0);
    for (std::size_t i = blocks.size(); i-- > 0;) {
        proseAfter[i] = proseAfter[i + 1] + (blocks[i].kind == BlockKind::Paragraph && countWords(blocks[i].text) >= 15 ? 1 : 0);
    }
    std::vector<bool> drop(blocks.size(), false);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        RawBlock& b = blocks[i];
        if (!hasAt(b) || b.kind == BlockKind::Heading || countWords(b.text) > 80 || quotes(b.text) || !ownAddress(b.text)) continue;
        // The whole block where it opens on the address's sentence, or stands at the page's foot set apart in italics as an
        // editor's note ("<p><em>Leserbriefe stellen keine … Meinung an forum@sz.de …</em></p>"); else, inside a story's
        // paragraph ("Good morning and welcome to our live coverage … You can get in touch at rachel.hall@…"), that
        // sentence alone.
        const std::size_t firstStop = b.text.find(". ");
        const bool opens = firstStop == std::string::npos || ownAddress(b.text.substr(0, firstStop + 1));
        if (opens || (proseAfter[i + 1] <= 1 && b.italic_share >= 0.5)) {
            drop[i] = true;
        } else {
            std::string kept;
            std::size_t from = 0;
            while (from < b.text.size()) {
                std::size_t stop = b.text.find(". ", from);
                stop = stop == std::string::npos ? b.text.size() : stop + 2;
                const std::string sentence = b.text.substr(from, stop - from);
                if (!ownAddress(sentence)) kept += sentence;
                from = stop;
            }
            b.text = collapseWhitespace(kept);
        }
        // (A short heading over it, nothing else under that heading: "For more information", "Enquiries".)
        if (drop[i] && i > 0 && blocks[i - 1].kind == BlockKind::Heading && countWords(blocks[i - 1].text) <= 6 &&
            (i + 1 == blocks.size() || blocks[i + 1].kind == BlockKind::Heading)) {
            drop[i - 1] = true;
        }
    }
    std::size_t k = 0;
    blocks.erase(std::remove_if(blocks.begin(), blocks.end(), [&](const RawBlock&) { return drop[k++]; }), blocks.end());
}

}  // namespace readcast
