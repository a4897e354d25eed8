// A game's moves in algebraic notation, as a chess report prints them ("1.e4 e5 2.Nf3", "23.Rxf7!! Kxf7 24.Qh5+"): said
// as a commentator reads them, the piece by its name, a capture "takes", a check "check" ("Qxd8+" "queen takes d eight,
// check"), castling "castles"; a player's score out of the rounds played ("4½/7" "four and a half out of seven"). Only
// in a sentence about chess: "Be6" or "Ba1" elsewhere is no move.
#include <cctype>
#include <cstring>
#include <string>
#include <tuple>

#include "core/Text.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"

namespace readcast::english {
namespace {

bool fileLetter(char c) { return c >= 'a' && c <= 'h'; }

const char* pieceName(char c) {
    switch (c) {
        case 'K': return "king";
        case 'Q': return "queen";
        case 'R': return "rook";
        case 'B': return "bishop";
        case 'N': return "knight";
        default: return nullptr;
    }
}

// A file said alone: "a" is the article "uh" to eSpeak NG, "eh" the letter.
std::string fileSaid(char c) { return c == 'a' ? std::string("eh") : std::string(1, c); }

// The letters of a move before its rank's figure ("Nxe", "dxe", "e", "Nbd", "Qh"), said; "" when they make none.
std::string moveLetters(const std::string& w) {
    if (w.size() == 1 && fileLetter(w[0])) return fileSaid(w[0]);
    if (w.size() == 3 && fileLetter(w[0]) && w[1] == 'x' && fileLetter(w[2])) return fileSaid(w[0]) + " takes " + fileSaid(w[2]);
    const char* piece = w.empty() ? nullptr : pieceName(w[0]);
    if (piece == nullptr) return "";
    const std::string rest = w.substr(1);
    const std::string said(piece);
    if (rest.size() == 1 && fileLetter(rest[0])) return said + " " + fileSaid(rest[0]);
    if (rest.size() == 2 && rest[0] == 'x' && fileLetter(rest[1])) return said + " takes " + fileSaid(rest[1]);
    if (rest.size() == 2 && fileLetter(rest[0]) && fileLetter(rest[1])) return said + " " + fileSaid(rest[0]) + " " + fileSaid(rest[1]);
    if (rest.size() == 3 && fileLetter(rest[0]) && rest[1] == 'x' && fileLetter(rest[2])) {
        return said + " " + fileSaid(rest[0]) + " takes " + fileSaid(rest[2]);
    }
    return "";
}

// A move at `i`: its letters and its rank ("Nf" "3"). Returns where it ends (after a check's sign and the marks that
// judge it, "!!", "?"), or `i`.
std::size_t moveAt(const Tokens& t, std::size_t i, std::string& spoken) {
    if (!isKind(t, i, Kind::Word) || !isKind(t, i + 1, Kind::Number) || t[i + 1].text.size() != 1 || t[i + 1].text[0] < '1' ||
        t[i + 1].text[0] > '8' || isKind(t, i + 2, Kind::Word) || isKind(t, i + 2, Kind::Number)) {
        return i;
    }
    const std::string letters = moveLetters(t[i].text);
    if (letters.empty()) return i;
    spoken = letters + " " + wholeWords(t[i + 1].text);
    std::size_t end = i + 2;
    if (isSym(t, end, "+")) {
        spoken += ", check";
        ++end;
    } else if (isSym(t, end, "#")) {
        spoken += ", checkmate";
        ++end;
    }
    return end;
}

// "O-O", "O-O-O" (or with noughts): castling.
std::size_t castlingAt(const Tokens& t, std::size_t i, std::string& spoken) {
    const auto o = [&](std::size_t k) { return (isKind(t, k, Kind::Word) && t[k].text == "O") || (isKind(t, k, Kind::Number) && t[k].text == "0"); };
    if (!o(i) || !isDash(t, i + 1) || !o(i + 2)) return i;
    if (isDash(t, i + 3) && o(i + 4)) {
        spoken = "castles queenside";
        return i + 5;
    }
    spoken = "castles";
    return i + 3;
}

// A sentence about a game of chess: a move numbered ("1.e4", "23.Rxf7"), or two moves with a word of the game.
bool aboutChess(const Tokens& t) {
    std::size_t moves = 0;
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
        std::string said;
        if (isKind(t, k, Kind::Number) && isSym(t, k + 1, ".") && moveAt(t, k + 2, said) != k + 2) return true;
        moves += moveAt(t, k, said) != k ? 1 : 0;
    }
    return moves >= 2 && anyWordIn(t, {"chess", "move", "moves", "opening", "gambit", "endgame", "rook", "bishop", "knight", "pawn", "pawns",
                                       "queen", "castled", "castling", "checkmate", "grandmaster", "gm", "sacrifice", "blunder", "resigned",
                                       "sicilian", "defence", "defense", "variation", "black", "white", "played", "captured"});
}

// "4½/7", "5/7": a score out of the rounds played, "four and a half out of seven".
// ("9.5/11": the half written as a decimal; "21/22 match points": an olympiad's eleven matches, two points each.)
std::optional<Match> scoreOutOf(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    std::string half;
    if (t[i].text.ends_with(".5") && t[i].text.size() <= 4 && t[i].text.find_first_not_of("0123456789") == t[i].text.size() - 2) {
        half = " and a half";
    } else if (t[i].text.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    const std::string whole = t[i].text.substr(0, t[i].text.find('.'));
    std::size_t slash = i + 1;
    if (isSym(t, slash, "\xC2\xBD")) {
        half = " and a half";
        ++slash;
    }
    if (isSym(t, slash, "/") && isKind(t, slash + 1, Kind::Number) && t[slash + 1].text.size() <= 2 && !isSym(t, slash + 2, "/") &&
        toInt(t[slash + 1].text) <= 30 && toInt(whole) <= toInt(t[slash + 1].text) &&
        // (Not a fraction of something: "7/8 of a point", "1/2-inch".)
        !isDash(t, slash + 2) && !isWordIn(t, skip(t, slash + 2), {"of"})) {
        return Match{slash + 2 - i, (whole == "0" && !half.empty() ? std::string("a half") : wholeWords(whole) + half) + " out of " +
                                        wholeWords(t[slash + 1].text), "chess"};
    }
    return std::nullopt;
}

// A score in points and halves, "0.5", "7.5", "6": "a half", "seven and a half", "six"; empty for any other figure.
std::string pointsSaid(const std::string& figure) {
    const std::size_t dot = figure.find('.');
    const std::string whole = figure.substr(0, dot);
    if (whole.empty() || whole.size() > 2 || whole.find_first_not_of("0123456789") != std::string::npos) return "";
    if (dot == std::string::npos) return wholeWords(whole);
    if (figure.substr(dot) != ".5") return "";
    return whole == "0" ? "a half" : wholeWords(whole) + " and a half";
}

}  // namespace

std::optional<Match> chessScoreRule(const Tokens& t, std::size_t i) {
    if (auto m = scoreOutOf(t, i)) return m;
    // "won 7.5–6.5", "lost 0.5–1.5": a match's score in points and halves.
    // (Not a measure's range: "38.5-40C", "a 3.5-4% rise".)
    if (isKind(t, i, Kind::Number) && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && !isDash(t, i + 3) && !isKind(t, i + 3, Kind::Word) &&
        !isSym(t, i + 3, "%") && !isSym(t, i + 3, "\xC2\xB0") &&
        (t[i].text.find('.') != std::string::npos || t[i + 2].text.find('.') != std::string::npos)) {
        const std::string a = pointsSaid(t[i].text), b = pointsSaid(t[i + 2].text);
        if (!a.empty() && !b.empty()) return Match{3, a + " to " + b, "chess"};
    }
    // "(+3 =4 −0)": a player's wins, draws and losses, in brackets after the name.
    if (isSym(t, i, "+") && i >= 1 && isSym(t, i - 1, "(")) {
        std::size_t k = i;
        std::string said;
        for (const auto& [sign, one, many] : {std::tuple{"+", "win", "wins"}, {"=", "draw", "draws"}, {"-", "loss", "losses"}}) {
            if (isKind(t, k, Kind::Space)) ++k;
            const bool minus = std::string(sign) == "-" && (isSym(t, k, "\xE2\x88\x92") || isSym(t, k, "\xE2\x80\x93"));
            if (!isSym(t, k, sign) && !minus) return std::nullopt;
            if (!isKind(t, k + 1, Kind::Number) || t[k + 1].text.size() > 2) return std::nullopt;
            const std::string& n = t[k + 1].text;
            const std::string count = n == "0" ? "no " + std::string(many) : wholeWords(n) + " " + (n == "1" ? one : many);
            said += std::string(said.empty() ? "" : std::string(sign) == "-" ? " and " : ", ") + count;
            k += 2;
        }
        if (isSym(t, k, ")")) return Match{k - i, said, "chess"};
    }
    return std::nullopt;
}

std::optional<Match> chessRule(const Tokens& t, std::size_t i) {
    // (Most tokens leave here: a move starts with a letter of a piece or a file, a number or a nought.)
    if (!isKind(t, i, Kind::Word) && !isKind(t, i, Kind::Number)) return std::nullopt;
    const char first = t[i].text[0];
    if (!fileLetter(first) && pieceName(first) == nullptr && first != 'O' && !std::isdigit(static_cast<unsigned char>(first))) return std::nullopt;
    std::string spoken;
    // "23.Rxf7", "21...Qxd5+": the move's number glued to it, said before it.
    if (isKind(t, i, Kind::Number) && t[i].text.size() <= 3 && std::isdigit(static_cast<unsigned char>(first))) {
        std::size_t k = i + 1;
        while (isSym(t, k, ".") || isSym(t, k, "...")) ++k;
        if (isSym(t, k, "\xE2\x80\xA6")) ++k;
        // (Black's move after its number's three dots, a space between as some copy sets them: "21... Qxd5+".)
        if (k >= i + 3 || isSym(t, k - 1, "...") || isSym(t, k - 1, "\xE2\x80\xA6")) {
            if (isKind(t, k, Kind::Space)) ++k;
        }
        std::string move;
        if (k > i + 1 && (moveAt(t, k, move) != k || castlingAt(t, k, move) != k) && aboutChess(t)) return Match{k - i, wholeWords(t[i].text) + " ", "chess"};
        // "4½/7", "5/7": a score out of the rounds played.
        if (aboutChess(t) || anyWordIn(t, {"chess", "round", "rounds", "gm", "grandmaster", "fide", "half-point"})) return scoreOutOf(t, i);
        return std::nullopt;
    }
    std::size_t end = castlingAt(t, i, spoken);
    if (end == i) end = moveAt(t, i, spoken);
    if (end == i || !aboutChess(t)) return std::nullopt;
    // ("Rxf7!!", "Rd8??": the marks that judge a move are not said.)
    while (isSym(t, end, "!") || isSym(t, end, "?")) ++end;
    return Match{end - i, spoken, "chess"};
}

}  // namespace readcast::english
