#include "text/NoteMarks.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <string_view>

#include "core/Text.hpp"
#include "core/WordSet.hpp"

namespace readcast {
namespace {

// A transcript's cues, in the languages readcast reads most: written small or in capitals ("[inaudible]",
// "[CROSSTALK]"), or as a sentence with its stop ("(Applause.)"), perhaps with a time code after them
// ("[inaudible 00:14:32]"). A word set as a name without a stop is a title's: "Best Original Score
// (Music)", "the (Pause) key".
bool isCue(std::string inside) {
    inside = collapseWhitespace(inside);
    if (const std::size_t space = inside.find(' '); space != std::string::npos &&
                                                    inside.find_first_not_of("0123456789:.", space + 1) == std::string::npos) {
        inside.resize(space);
    }
    const bool stop = !inside.empty() && inside.back() == '.';
    if (stop) inside.pop_back();
    if (inside.size() < 4) return false;
    const bool titled = std::isupper(static_cast<unsigned char>(inside[0])) && std::islower(static_cast<unsigned char>(inside[1]));
    const std::string lower = lowerUtf8(inside);
    // (Except the sounds of an audience, which name nothing: "(Laughter) I shall aim for less", "(Applause)".)
    for (const char* sound : {"laughter", "applause", "crosstalk", "inaudible", "cheers", "cheering", "booing", "gel\xC3\xA4" "chter", "beifall",
                              "rires", "applaudissements", "risas", "aplausos", "risate", "applausi", "risos",
                              // (and a conference call's, "(Operator Instructions) As a reminder, …")
                              "operator instructions"}) {
        if (lower == sound) return true;
    }
    if (titled && !stop) return false;
    for (const char* cue : {"inaudible", "unintelligible", "crosstalk", "cross talk", "laughter", "laughs", "applause", "music", "pause",
                            "silence", "indistinct", "unverst\xC3\xA4ndlich", "gel\xC3\xA4" "chter", "applaus", "beifall", "heiterkeit",
                            "lachen", "rires", "applaudissements", "risas", "aplausos", "ininteligible", "risate", "applausi",
                            "incomprensibile", "inaud\xC3\xADvel", "risos", "onverstaanbaar", "gelach"}) {
        if (lower == cue) return true;
    }
    return false;
}

// The sounds a transcript notes in square brackets, whatever their case.
constexpr std::string_view kSounds[] = {"coughs", "cough", "coughing", "sighs", "sigh", "laughs", "laughter", "laughing", "chuckles",
                                        "chuckling", "applause", "clears throat", "clearing throat", "sniffs", "sniffles", "groans",
                                        "gasps", "cheers", "cheering", "booing", "boos", "sobs", "sobbing", "crying", "whispers",
                                        "crosstalk", "inaudible", "music", "silence", "pause", "pauses",
                                        // a parliament's record and a conference call's: "[Interruption.]", "[Operator Instructions]"
                                        "interruption", "interruptions", "operator instructions", "hear, hear", "hear, hear!"};

// A span of a judgment's paragraphs, "[5]-[7]": not read, as a note's mark is not; "at [44]–[51]" is said where it stands.
std::string withoutParagraphSpans(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find("]-[") == std::string::npos && text.find("]\xE2\x80\x93[") == std::string::npos) return text;
    const auto digitsIn = [&](std::size_t from, std::size_t to) {
        return to > from && to - from <= 4 &&
               std::all_of(text.begin() + static_cast<long>(from), text.begin() + static_cast<long>(to), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    };
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = text[i] == '[' ? text.find(']', i) : std::string::npos;
        if (end != std::string::npos && digitsIn(i + 1, end)) {
            const std::size_t width = text.compare(end + 1, 1, "-") == 0 ? 1 : text.compare(end + 1, 3, "\xE2\x80\x93") == 0 ? 3 : 0;
            const std::size_t second = end + 1 + width;
            const std::size_t secondEnd = width == 0 || second >= text.size() || text[second] != '[' ? std::string::npos : text.find(']', second);
            if (secondEnd != std::string::npos && digitsIn(second + 1, secondEnd)) {
                // (After an English "at" or "paras", the span is where the quotation stands, said as its paragraphs: "said at [44]–[51]"
                // is "said at paragraphs 44 to 51", which the English rules read as they read "at [45]".)
                const std::size_t w = out.find_last_not_of(' ');
                const std::size_t start = w == std::string::npos ? 0 : out.find_last_of(' ', w) + 1;
                const std::string before = w == std::string::npos ? "" : out.substr(start, w + 1 - start);
                if (before == "at" || before == "paras" || before == "paragraphs") {
                    const std::string said = "paragraphs " + text.substr(i + 1, end - i - 1) + " to " + text.substr(second + 1, secondEnd - second - 1);
                    if (log != nullptr) log->push_back({text.substr(i, secondEnd - i + 1), said, "brackets"});
                    if (before != "at") out.erase(start);
                    out += said;
                    i = secondEnd + 1;
                    continue;
                }
                if (log != nullptr) log->push_back({text.substr(i, secondEnd - i + 1), "", "brackets"});
                while (!out.empty() && out.back() == ' ') out.pop_back();
                i = secondEnd + 1;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

// The width of a superscript digit at i ("¹", "²", "⁴"), or 0.
std::size_t superscriptDigitAt(const std::string& text, std::size_t i) {
    if (text.compare(i, 2, "\xC2\xB9") == 0 || text.compare(i, 2, "\xC2\xB2") == 0 || text.compare(i, 2, "\xC2\xB3") == 0) return 2;
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x81 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xB0 || (static_cast<unsigned char>(text[i + 2]) >= 0xB4 && static_cast<unsigned char>(text[i + 2]) <= 0xB9))) {
        return 3;
    }
    return 0;
}

// A note's number in superscript, glued to the word or the stop it annotates ("roughly $4.2bn.¹", "Adjusted
// EBITDA¹"), or opening the note itself ("¹ Adjusted EBITDA excludes …"). A power after a unit is no note:
// "m²", "km³", "cm²".
std::string withoutSuperscriptMarks(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find("\xC2\xB9") == std::string::npos && text.find("\xC2\xB2") == std::string::npos && text.find("\xC2\xB3") == std::string::npos &&
        text.find("\xE2\x81") == std::string::npos) {
        return text;
    }
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t end = i;
        for (std::size_t width = superscriptDigitAt(text, end); width != 0; width = superscriptDigitAt(text, end)) end += width;
        if (end == i) {
            out += text[i++];
            continue;
        }
        std::size_t w = i;
        while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
        const std::string word = text.substr(w, i - w);
        // (A square or a cube after a short word is a unit's or a formula's power: "hm³", "ft²", "mc²"; after a
        // figure or a superscript sign, "10⁻¹¹", an exponent.)
        const bool squareOrCube = text.compare(i, 2, "\xC2\xB2") == 0 || text.compare(i, 2, "\xC2\xB3") == 0;
        // (A first power is never written: "£66.0m¹" is a note's mark after its "m".)
        const bool first = end == i + 2 && text.compare(i, 2, "\xC2\xB9") == 0;
        const bool afterWord = !word.empty() && !(squareOrCube && word.size() <= 3) && (word.size() >= 2 || first);
        const bool afterStop = i > 0 && std::string(".,;:)\"").find(text[i - 1]) != std::string::npos;
        const bool afterQuote = i >= 3 && (text.compare(i - 3, 3, "\xE2\x80\x9D") == 0 || text.compare(i - 3, 3, "\xE2\x80\x99") == 0);
        // (Or alone, where a sentence's split left it: "… $4.2bn." | "¹".)
        const bool opening = i == 0 && (end == text.size() || text[end] == ' ');
        const bool glued = afterWord || afterStop || afterQuote;
        if (!opening && !glued) {
            out.append(text, i, end - i);
            i = end;
            continue;
        }
        if (log != nullptr) log->push_back({text.substr(i, end - i), "", "brackets"});
        i = end;
        if (opening) {
            while (i < text.size() && text[i] == ' ') ++i;
        }
    }
    return out;
}

// "(Moreau et al., 2025)", "(Brandt et al., 2019; Lindqvist et al., 2020)": a paper's citation of others' work by author
// and year, which a newsreader leaves out (the story names whom it quotes). Each part names its authors with "et al.", then
// the year; "(London, 2012)" is a place and its year, read.
bool isAuthorDateCitation(const std::string& inside) {
    if (inside.size() < 8 || inside.size() > 160) return false;
    std::size_t from = 0;
    while (from < inside.size()) {
        std::size_t to = inside.find(';', from);
        if (to == std::string::npos) to = inside.size();
        std::string part = inside.substr(from, to - from);
        while (!part.empty() && part.front() == ' ') part.erase(0, 1);
        while (!part.empty() && part.back() == ' ') part.pop_back();
        // (The year, perhaps with a letter, "2019a", after a comma or a space.)
        std::size_t end = part.size();
        if (end > 0 && std::islower(static_cast<unsigned char>(part[end - 1])) != 0) --end;
        if (end < 6 || !std::all_of(part.begin() + static_cast<long>(end) - 4, part.begin() + static_cast<long>(end),
                                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
            return false;
        }
        const int year = std::stoi(part.substr(end - 4, 4));
        std::string names = part.substr(0, end - 4);
        while (!names.empty() && (names.back() == ' ' || names.back() == ',')) names.pop_back();
        if (year < 1900 || year > 2099 || names.empty() || std::isupper(static_cast<unsigned char>(names[0])) == 0) return false;
        // (Not two joined by "and" or "&": "(Simon & Garfunkel, 1970)" may be a record's credit.)
        const bool authors = names.find(" et al") != std::string::npos;
        if (!authors || countWords(names) > 8) return false;
        from = to + 1;
    }
    return true;
}

}  // namespace

std::string withoutNoteMarks(const std::string& given, std::vector<Rewrite>* log) {
    const std::string written = withoutSuperscriptMarks(given, log);
    if (written.find('[') == std::string::npos && written.find('(') == std::string::npos) return written;
    const std::string text = withoutParagraphSpans(written, log);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char open = text[i];
        // (Looked for within the 40 bytes a mark may span, so that unclosed brackets cost nothing more.)
        std::size_t end = open == '[' || open == '(' ? std::string_view(text).substr(0, std::min(text.size(), i + 42)).find(open == '[' ? ']' : ')', i + 1)
                                                     : std::string::npos;
        // (A citation of several papers runs longer: "(Brandt et al., 2019; Lindqvist et al., 2020)".)
        bool citation = false;
        if (end == std::string::npos && open == '(' && i + 1 < text.size()) {
            const std::size_t far = std::string_view(text).substr(0, std::min(text.size(), i + 170)).find(')', i + 1);
            citation = far != std::string::npos && isAuthorDateCitation(text.substr(i + 1, far - i - 1));
            if (citation) end = far;
        }
        // ("[AP: confirm figure w/ CFO office before pub] The district will …": an editor's note to the desk, initials or a
        // note's label and a colon first, left in a draft; "[TK]", a figure still to come.)
        if (open == '[') {
            const std::size_t close = std::string_view(text).substr(0, std::min(text.size(), i + 160)).find(']', i + 1);
            const std::size_t colon = close == std::string::npos ? std::string::npos : text.find(':', i + 1);
            const std::string label = colon != std::string::npos && colon < close ? text.substr(i + 1, colon - i - 1) : "";
            const bool initials = label.size() >= 2 && label.size() <= 5 &&
                                  std::all_of(label.begin(), label.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            const bool tk = close != std::string::npos && (text.compare(i, 4, "[TK]") == 0 || text.compare(i, 5, "[TKTK") == 0);
            // (An instruction, four words at least opening in small letters, "confirm figure w/ CFO office"; an editor's
            // gloss in a quotation, "[PM: Rishi Sunak]", is read.)
            const std::string note = colon != std::string::npos && close != std::string::npos && colon < close ? collapseWhitespace(text.substr(colon + 1, close - colon - 1)) : "";
            const bool instruction = !note.empty() && std::islower(static_cast<unsigned char>(note[0])) && countWords(note) >= 4;
            if ((((initials || label == "NOTE" || label == "Note to desk") && instruction) || tk) && close != std::string::npos) {
                if (log != nullptr) log->push_back({text.substr(i, close + 1 - i), "", "note"});
                i = close + 1;
                if (i < text.size() && text[i] == ' ' && (out.empty() || out.back() == ' ')) ++i;
                continue;
            }
        }
        if (end == std::string::npos) {
            out += text[i++];
            continue;
        }
        const std::string inside = text.substr(i + 1, end - i - 1);
        // ("[1]", "[12]" glued to what it annotates: "(1)" after a space is a list's number, kept.)
        const bool note = (open == '[' && !inside.empty() && inside.size() <= 3 && inside.find_first_not_of("0123456789") == std::string::npos &&
                           i > 0 && text[i - 1] != ' ') ||
                          // ("income tax [note 1].": a statistics bulletin's pointer to its numbered notes, after a space too.)
                          (open == '[' && inside.size() >= 6 && inside.size() <= 9 && (inside.rfind("note ", 0) == 0 || inside.rfind("Note ", 0) == 0) &&
                           inside.find_first_not_of("0123456789", 5) == std::string::npos);
        // ("Adjusted EBITDA(1) was": a note's number in brackets glued to a word of three letters or more, as a release pasted
        // from its page keeps it; "section 5(1)" follows a figure, "f(1)" a single letter.)
        // (A word in capitals, a measure's letters, "EBITDA(1)", "EPS(2)"; or one in small letters before more of the sentence in
        // small letters, "margin(2) rose". Not a name's count, "Haaland(3)", nor code's call, "exit(1);".)
        const bool gluedNumber = open == '(' && !inside.empty() && inside.size() <= 2 && inside.find_first_not_of("0123456789") == std::string::npos &&
                                 (end + 1 >= text.size() || std::string_view(" .,;:").find(text[end + 1]) != std::string_view::npos) && [&] {
                                     std::size_t letters = 0;
                                     while (letters < i && std::isalpha(static_cast<unsigned char>(text[i - 1 - letters]))) ++letters;
                                     bool upper = false, lower = false;
                                     for (std::size_t k = i - letters; k < i; ++k) {
                                         upper = upper || std::isupper(static_cast<unsigned char>(text[k])) != 0;
                                         lower = lower || std::islower(static_cast<unsigned char>(text[k])) != 0;
                                     }
                                     const bool small = !upper && end + 2 < text.size() && text[end + 1] == ' ' &&
                                                        std::islower(static_cast<unsigned char>(text[end + 2])) != 0;
                                     return letters >= 3 && (!lower || small);
                                 }();
        // (A word processor's comment anchor, a letter or two glued after the mark that ends what it annotates: "the
        // footy".[a]", "along the line."[b]"; "employee[s]" after a letter is an editor's ending, read.)
        const bool commentAnchor = open == '[' && !inside.empty() && inside.size() <= 2 &&
                                   std::all_of(inside.begin(), inside.end(), [](char c) { return c >= 'a' && c <= 'z'; }) && i > 0 &&
                                   (std::string_view(".,;:!?\")'").find(text[i - 1]) != std::string_view::npos ||
                                    (i >= 3 && (text.compare(i - 3, 3, "\xE2\x80\x9D") == 0 || text.compare(i - 3, 3, "\xE2\x80\x99") == 0)));
        // (A direction in lower-case words after a sentence's end, closing the utterance: "yeah. [pauses]",
        // "fine. [knocks on the counter]"; an editor's words inside a sentence, "this [attack] was", are read.)
        const bool afterEnd = open == '[' && i >= 2 && text[i - 1] == ' ' && std::string_view(".!?").find(text[i - 2]) != std::string_view::npos;
        const bool closing = text.find_first_not_of(' ', end + 1) == std::string::npos;
        // (A direction opens on what the speaker does, "laughs", "pauses", "knocks on …", in five words at most; an
        // editor's note says more and is read: "[he resigned the next day]", "[no response]".)
        const std::string firstWord = inside.substr(0, inside.find(' '));
        const bool doing = firstWord.size() >= 4 && firstWord.back() == 's' && firstWord != "this" && firstWord != "was" && firstWord != "has" &&
                           firstWord != "his" && firstWord != "hers" && firstWord != "theirs" && firstWord != "its" && firstWord != "yes";
        const bool direction = afterEnd && closing && !inside.empty() && std::islower(static_cast<unsigned char>(inside[0])) && doing &&
                               countWords(inside) <= 5 &&
                               std::all_of(inside.begin(), inside.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == ' '; });
        // (A sound in square brackets is a transcript's cue however it is written, "[Coughs]", "[Clears throat]": no
        // editor puts those words in brackets for a name, as "[Jones] said" does.)
        // (With its stop too, as Hansard writes it: "[Laughter.]"; and the House's own cheer, "[Hon. Members: "Hear, hear!"]".)
        std::string sound = open == '[' ? lowerUtf8(collapseWhitespace(inside)) : std::string();
        if (sound.size() > 1 && sound.back() == '.') sound.pop_back();
        const bool soundCue = !sound.empty() && (std::any_of(std::begin(kSounds), std::end(kSounds), [&](std::string_view s) { return sound == s; }) ||
                                                 sound.rfind("hon. members:", 0) == 0 || sound.rfind("hon members:", 0) == 0);
        citation = citation || (open == '(' && isAuthorDateCitation(inside));
        if (note || gluedNumber || commentAnchor || direction || soundCue || isCue(inside) || citation) {
            // (A note's pages after it, as Wikipedia gives them: "[1]: 207", "[3]:12–14".)
            std::size_t pages = end + 1;
            if (note && pages < text.size() && text[pages] == ':') {
                std::size_t k = pages + 1;
                if (k < text.size() && text[k] == ' ') ++k;
                const std::size_t digits = k;
                while (k < text.size() && (std::isdigit(static_cast<unsigned char>(text[k])) || text[k] == '-' || text.compare(k, 3, "\xE2\x80\x93") == 0)) {
                    k += text[k] == '\xE2' ? 3 : 1;
                }
                if (k > digits && std::isdigit(static_cast<unsigned char>(text[digits]))) pages = k;
            }
            if (log != nullptr) log->push_back({text.substr(i, pages - i), "", "brackets"});
            // (Its space before goes where a stop follows: "y más (risas).")
            if (!out.empty() && out.back() == ' ' && pages < text.size() && std::string_view(".,;:!?").find(text[pages]) != std::string_view::npos) {
                out.pop_back();
            }
            i = pages;
            continue;
        }
        out += text[i++];
    }
    return out;
}

// "N Engl J Med 2019;381:2497-505", "Lancet 2020; 395(10223): 497–506": a journal reference's volume, issue and
// pages after its year, which a newsreader leaves out; the year stays.
std::string withoutVolumeAndPages(const std::string& text) {
    if (text.find(';') == std::string::npos || text.find(':') == std::string::npos) return text;
    static const std::regex kReference("\\b((?:19|20)\\d\\d) ?; ?\\d{1,4}(?: ?\\(\\d{1,5}\\))?: ?[eE]?\\d{1,6}(?:(?:-|\xE2\x80\x93)\\d{1,6})?\\b");
    return std::regex_replace(text, kReference, "$1");
}

std::string withoutGluedReferences(const std::string& given) {
    const std::string text = withoutVolumeAndPages(given);
    if (text.find("\xC2\xB7") == std::string::npos && text.find('.') == std::string::npos && text.find('?') == std::string::npos &&
        text.find('!') == std::string::npos) {
        return text;
    }
    std::string out;
    out.reserve(text.size());
    const auto digit = [&](std::size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])) != 0; };
    for (std::size_t i = 0; i < text.size();) {
        // "6·2%": the middle dot between figures, as The Lancet prints its decimals.
        if (text.compare(i, 2, "\xC2\xB7") == 0 && i > 0 && digit(i - 1) && digit(i + 2)) {
            out += '.';
            i += 2;
            continue;
        }
        // "cases.1,2 Vitamin", "winter.3 Colchicine", "505).4": figures after a word's stop (a word of three small
        // letters at least, or a bracket), up to a space before a capital or the paragraph's end. ("No.1 seed", "v.2",
        // "Fig.3" have a capital or a short word before the dot.)
        // ('"better than nothing."2 The vote': the figures after the quotation's closing mark, its stop inside it.)
        if (i >= 1 && std::string_view(".!?").find(text[i - 1]) != std::string_view::npos &&
            ((text[i] == '"' && digit(i + 1)) || (text.compare(i, 3, "\xE2\x80\x9D") == 0 && digit(i + 3)))) {
            const std::size_t mark = text[i] == '"' ? 1 : 3;
            std::size_t k = i + mark;
            while (digit(k) && k - i - mark < 3) ++k;
            // (Before a word that opens sentences, never one a figure names: '"dead."10 Downing Street', '"relieved."3 Lions fans'.)
            std::size_t wordEnd = k + 1;
            while (wordEnd < text.size() && std::isalpha(static_cast<unsigned char>(text[wordEnd]))) ++wordEnd;
            static constexpr WordSet kOpeners({"The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those",
                                               "But", "And", "In", "On", "At", "For", "As", "When", "While", "If", "Its", "His", "Her",
                                               "Their", "Our", "There", "Some", "Many", "Most", "Officials", "According", "After", "Before"});
            const bool opener = k < text.size() && text[k] == ' ' && kOpeners.count(text.substr(k + 1, wordEnd - k - 1)) != 0;
            if (!digit(k) && (k == text.size() || opener)) {
                out += text.substr(i, mark);
                i = k;
                continue;
            }
        }
        if (text[i] == '.' && digit(i + 1) && i >= 1) {
            std::size_t w = i;
            while (w > 0 && std::islower(static_cast<unsigned char>(text[w - 1]))) --w;
            const bool afterWord = i - w >= 3 && (w == 0 || !std::isalpha(static_cast<unsigned char>(text[w - 1])));
            const bool afterBracket = text[i - 1] == ')';
            std::size_t k = i + 1;
            std::size_t figures = 0;
            while (digit(k)) {
                std::size_t start = k;
                while (digit(k)) ++k;
                if (k - start > 3) break;
                ++figures;
                if (k < text.size() && (text[k] == ',' || text[k] == '-') && digit(k + 1)) {
                    ++k;
                } else if (text.compare(k, 3, "\xE2\x80\x93") == 0 && digit(k + 3)) {
                    k += 3;
                }
            }
            const bool ends = k == text.size() ||
                              (text[k] == ' ' && k + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[k + 1])));
            if ((afterWord || afterBracket) && figures > 0 && !digit(k) && ends && k > i + 1 && std::isdigit(static_cast<unsigned char>(text[k - 1]))) {
                out += '.';
                i = k;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string withoutCueGaps(const std::string& text) {
    if (text.find('[') == std::string::npos && text.find('(') == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char open = text[i];
        const bool afterStop = i >= 2 && text[i - 1] == ' ' && std::string_view(".!?").find(text[i - 2]) != std::string_view::npos;
        const std::size_t end = (open == '[' || open == '(') && afterStop ? text.find(open == '[' ? ']' : ')', i + 1) : std::string::npos;
        if (end == std::string::npos || end - i > 40 || !isCue(text.substr(i + 1, end - i - 1))) {
            out += text[i++];
            continue;
        }
        std::size_t k = end + 1;
        while (k < text.size() && text[k] == ' ') ++k;
        // (The ellipsis that resumes, three dots or its one character, and a capital for the sentence it now opens.)
        if (text.compare(k, 3, "...") == 0) {
            k += 3;
        } else if (text.compare(k, 3, "\xE2\x80\xA6") == 0) {
            k += 3;
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        if (k >= text.size()) {
            i = k;
            continue;
        }
        out += ' ';
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(text[k])));
        i = k + 1;
    }
    return out;
}

}  // namespace readcast
