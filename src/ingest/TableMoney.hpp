#pragma once
// The money of a company's results table, which says its magnitude once, in its caption or its corner cell:
// "(unaudited; in millions, except per-share amounts)", "($ in thousands)", "(£m)". Each amount in it is read with
// that magnitude ("$2,410" is two thousand four hundred ten million dollars), except in the rows of amounts per share,
// which the caption leaves out. Used by a page's tables and by Markdown's pipe tables alike.
//
//   tableMagnitude("($ in millions, except EPS)")  // "million"
//   withMagnitude("$2,410", "million")              // "$2,410 million"
//   withMagnitude("$1.47", "million")               // "$1.47" (a price with its cents)
//   isPerShareRow("GAAP diluted EPS")               // true

#include <string>

namespace readcast {

// "million", "billion" or "thousand", the magnitude `text` (a caption, a corner cell) gives the table's money; else empty.
std::string tableMagnitude(const std::string& text);

// `cell` with `magnitude` after its amount of money, "$(38)" "$(38) million"; a cell that says its own ("$1.2bn", "12%",
// "n/m") or a price with its cents stays as it is.
std::string withMagnitude(const std::string& cell, const std::string& magnitude);

// A row of amounts per share or per unit, or of dividends, keyed by `key`: its money is not in the table's magnitude.
bool isPerShareRow(const std::string& key);

}  // namespace readcast
