#include <gtest/gtest.h>

#include "ingest/PortugueseRegion.hpp"

namespace readcast {
namespace {

// A Brazilian wire, by its money, its spelling and its words; a Portuguese one keeps plain "pt"; a text that
// shows neither, or a language already regioned, is left as it is.
TEST(PortugueseRegionTest, shouldFindBrazilInItsSpellingWordsAndMoney) {
    EXPECT_EQ(withPortugueseRegion("pt", "O time venceu por 2 x 1 diante de 12 mil torcedores. O governo liberou R$ 4 bilhões para o "
                                         "setor econômico."),
              "pt-BR");
    EXPECT_EQ(withPortugueseRegion("pt", "A equipa venceu por 2-1 diante de 12 mil adeptos. O Governo libertou 4 mil milhões de euros "
                                         "(4.000 M\xE2\x82\xAC) para o setor económico em Lisboa."),
              "pt");
    EXPECT_EQ(withPortugueseRegion("pt", "O ministro falou ontem sobre o plano."), "pt");
    EXPECT_EQ(withPortugueseRegion("pt-PT", "O time e os torcedores brasileiros, R$ 4 bilhões."), "pt-PT");
    EXPECT_EQ(withPortugueseRegion("es", "R$ 4 bilhões e torcedores brasileiros."), "es");
}

}  // namespace
}  // namespace readcast
