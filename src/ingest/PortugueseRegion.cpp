#include "ingest/PortugueseRegion.hpp"

#include <string_view>

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {

std::string withPortugueseRegion(const std::string& language, const std::string& text) {
    if (lowerAscii(language) != "pt") return language;
    const std::string lower = lowerUtf8(text);
    std::size_t brazil = occurrences(text, "R$");
    std::size_t portugal = occurrences(text, "\xE2\x82\xAC");  // €
    // Before m and n Brazil writes the circumflex where Portugal writes the acute: "econômico", "gênero",
    // "Antônio", "acadêmico"; "económico", "género", "António", "académico".
    for (std::string_view ending : {"\xC3\xB4mic", "\xC3\xB4nic", "\xC3\xAAner", "\xC3\xAAmic", "\xC3\xB4ni", "\xC3\xB4mo"}) brazil += occurrences(lower, ending);
    for (std::string_view ending : {"\xC3\xB3mic", "\xC3\xB3nic", "\xC3\xA9ner", "\xC3\xA9mic", "\xC3\xB3ni", "\xC3\xB3mo"}) portugal += occurrences(lower, ending);
    // Words each country has for the same thing (none of them a word of its own in the other).
    for (std::string_view word : {"equipe", "equipes", "\xC3\xB4nibus", "celular", "celulares", "registro", "goleiro", "torcedores",
                                  "torcedor", "voc\xC3\xAA", "voc\xC3\xAAs", "brasileiro", "brasileira", "brasileiros", "brasileiras",
                                  "bras\xC3\xADlia", "caminh\xC3\xA3o", "banheiro", "pedestre", "pedestres", "usu\xC3\xA1rio", "usu\xC3\xA1rios"}) {
        brazil += occurrencesAsWord(lower, word);
    }
    for (std::string_view word : {"equipa", "equipas", "autocarro", "autocarros", "telem\xC3\xB3vel", "registo", "golo", "golos",
                                  "guarda-redes", "adeptos", "ecr\xC3\xA3", "portugu\xC3\xAAs", "portuguesa", "portugueses", "lisboa",
                                  "concelho", "freguesia", "cami\xC3\xA3o", "casa de banho", "pe\xC3\xA3o", "pe\xC3\xB5" "es", "utilizador",
                                  "utilizadores"}) {
        portugal += occurrencesAsWord(lower, word);
    }
    return brazil >= 2 && brazil > 2 * portugal ? "pt-BR" : language;
}

}  // namespace readcast
