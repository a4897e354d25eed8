#pragma once
// Bytes of a web page -> UTF-8. Pages declare their encoding in a BOM, <meta charset> or
// <meta http-equiv="Content-Type">, and sometimes lie: bytes that are valid UTF-8 (with some non-ASCII)
// are UTF-8 whatever the page says, since legacy multi-byte text practically never validates as UTF-8.
// Otherwise the declared encoding is converted with ICU (windows-1252, ISO-8859-x, EUC-KR, Shift_JIS,
// GB2312/GBK, Big5, ...), and with no usable declaration windows-1252, as browsers do.
//
//   std::string utf8 = decodeHtml("page.html", bytes);

#include <string>

namespace readcast {

std::string decodeHtml(const std::string& name, const std::string& bytes);

// The encoding a page declares in its first bytes ("euc-kr"), or "" when it declares none.
std::string declaredCharset(const std::string& bytes);

}  // namespace readcast
