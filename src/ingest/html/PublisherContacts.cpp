#include "ingest/html/PublisherContacts.hpp"

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

// The page's own brand, from its address. (Not the host most of its links go to: a story about GitHub links there most.)
std::string pageBrand(const std::string& pageUrl) {
    const std::string host = hostName(pageUrl);
    return host.empty() ? "" : brandOf(host);
}

// A site's name as a domain could write it: its letters folded to ASCII ("El País" "elpais"), or its words' initials
// ("Süddeutsche Zeitung" "sz").
// (Five letters at least, as a common word's domain could be a site's: "Mint" and mint.com. Initials of two words or more
// besides an article: "The Independent" is no "ti".)
std::vector<std::string> brandsOfName(const std::string& site) {
    const std::string folded = lowerAscii(foldedAccents(site));
    std::string joined, initials;
    for (const std::string& word : splitWords(folded)) {
        std::string letters;
        for (char c : word) {
            if (std::isalnum(static_cast<unsigned char>(c)) != 0) letters += c;
        }
        joined += letters;
        const bool article = letters == "the" || letters == "el" || letters == "la" || letters == "le" || letters == "les" || letters == "der" ||
                             letters == "die" || letters == "das" || letters == "il" || letters == "lo" || letters == "de" || letters == "het";
        if (!letters.empty() && !article) initials += letters[0];
    }
    std::vector<std::string> brands;
    if (joined.size() >= 5) brands.push_back(joined);
    if (initials.size() >= 2) brands.push_back(initials);
    return brands;
}

bool quotes(const std::string& text) {
    return text.find('"') != std::string::npos || text.find("\xE2\x80\x9C") != std::string::npos || text.find("\xC2\xAB") != std::string::npos ||
           text.find("\xE2\x80\x9E") != std::string::npos;
}

}  // namespace

void dropPublisherContacts(const std::string& pageUrl, const std::string& site, std::vector<RawBlock>& blocks) {
    // (The page is searched only where a block holds an e-mail address: most pages have none.)
    const auto hasAt = [](const RawBlock& b) { return b.text.find('@') != std::string::npos; };
    if (std::none_of(blocks.begin(), blocks.end(), hasAt)) return;
    std::vector<std::string> brands = brandsOfName(site);
    if (const std::string brand = pageBrand(pageUrl); !brand.empty()) brands.push_back(brand);
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
    // (The story's last paragraph: a note at the foot of the page has none after it.)
    std::size_t lastProse = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind == BlockKind::Paragraph && countWords(blocks[i].text) >= 15) lastProse = i;
    }
    std::vector<bool> drop(blocks.size(), false);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const RawBlock& b = blocks[i];
        if (!hasAt(b) || b.kind == BlockKind::Heading || countWords(b.text) > 80 || quotes(b.text) || !ownAddress(b.text)) continue;
        // At the page's foot only (no story paragraph after it), where it opens on the address's sentence or is set apart
        // in italics as an editor's note ("<p><em>Leserbriefe stellen keine … Meinung an forum@sz.de …</em></p>"): inside the
        // story, the paper's own address is news ("a scam sent from support@…") or a reader's service, and is read.
        const std::size_t firstStop = b.text.find(". ");
        const bool opens = firstStop == std::string::npos || ownAddress(b.text.substr(0, firstStop + 1));
        if (i >= lastProse && (opens || b.italic_share >= 0.5)) drop[i] = true;
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
