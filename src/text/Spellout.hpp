#pragma once
// Numbers in words in any language ICU knows, by one of its spell-out rule sets: German ordinals take
// the ending their case asks for ("%spellout-ordinal-n": "am zweiundzwanzigsten"), years are said as
// years ("%spellout-numbering-year": "neunzehnhundertneunzig").
//
//   Spellout de("de");
//   de.say(22, "%spellout-ordinal-n")  // "zweiundzwanzigsten"

#include <cstdint>
#include <memory>
#include <string>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RuleBasedNumberFormat;
U_NAMESPACE_END

namespace readcast {

class Spellout {
public:
    explicit Spellout(const std::string& language);
    ~Spellout();
    Spellout(Spellout&&) noexcept;
    Spellout& operator=(Spellout&&) noexcept;

    // The words for n by `rule_set`, without ICU's soft hyphens; empty when ICU has no such rule set
    // for the language.
    std::string say(std::int64_t n, const std::string& rule_set) const;

private:
    std::unique_ptr<icu::RuleBasedNumberFormat> format_;
};

}  // namespace readcast
