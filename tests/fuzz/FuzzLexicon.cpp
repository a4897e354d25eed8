// libFuzzer target: a lexicon file's text, loaded, then used on a sentence made of its own words.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/Error.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    readcast::Lexicon lexicon;
    try {
        lexicon.loadText(text, "fuzz.tsv");
    } catch (const readcast::Error&) {
        return 0;
    }
    const readcast::Normalizer normalizer("en", &lexicon);
    normalizer.normalize(text.substr(0, text.find('\t')) + " and more words");
    return 0;
}
