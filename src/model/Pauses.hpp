#pragma once
// The silences between utterances, in milliseconds: a narrator profile sets them, the script builder
// writes them into each utterance.

namespace readcast {

struct Pauses {
    int title_ms = 1000;
    int heading_ms = 700;
    int paragraph_ms = 650;
    int sentence_ms = 250;
    static constexpr int kMaxMs = 10000;
};

}  // namespace readcast
