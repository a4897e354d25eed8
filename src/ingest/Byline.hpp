#pragma once
// A byline as pages write it, cleaned into the names a newsreader says: handles, dates and times,
// "5 min read", pipes and bullets, "for <Site>", job titles and generic desks ("Staff", "admin", the
// site's own name) go; several authors are joined "A and B" / "A, B and C"; a news agency is told apart,
// so the intro can say "From Reuters." instead of "By Reuters."
//
//   cleanByline("By Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Ars Technica")   // {"Dan Goodin", false}
//   cleanByline("Jane Doe, Senior Reporter | @jdoe", "")                       // {"Jane Doe", false}
//   cleanByline("By ASSOCIATED PRESS", "")                                     // {"the Associated Press", true}

#include <string>
#include <vector>

namespace readcast {

struct Byline {
    std::string names;    // "Jane Doe and John Roe"; empty when nothing in it names a person or an agency
    bool agency = false;  // the byline is a news agency, not a person
};

// Several names are joined as `language` lists them ("A, B and C", "A, B et C").
Byline cleanByline(const std::string& raw, const std::string& site, const std::string& language = "en");

// A byline that is an account's name, not a person's: "ralmansa", "harper-lindqvist-obi", "chiara". The
// name it stands for, when a person named in `texts` (a bio, a credit) matches it ("Harper
// Lindqvist-Obi", "Rocío Almansa" for "ralmansa", "Chiara Montanari" for "chiara"); else, for a slug of
// several words, those words ("Harper Lindqvist Obi"); else nothing. Any other byline is returned as it is.
std::string nameForAccount(const std::string& byline, const std::vector<std::string>& texts);

// A writer's job title set on its own line by the byline: "ABN Wales transport correspondent", "Senior
// Reporter" (a short line without a full stop that ends on a role).
bool isJobTitleLine(const std::string& line);

// "Staff Writer Marcus Delgado", "Meteorologist Kayla Brennan": a byline line that opens on the writer's job
// instead of "By". Where the name starts (a byte offset into `line`), or npos when the line is no such byline.
std::size_t nameAfterJobTitle(const std::string& line);

// "BBC News", "The Daily Courier", "TMZ": the name of an organisation rather than of a person.
bool looksLikeOrganisation(const std::string& name);

// "Associated Press", "Reuters", "AFP", "Yonhap"… (any letter case), alone.
bool isNewsAgency(const std::string& name);

// A source's or a desk's label, in lower case, that an agency's name follows as the byline: "source:",
// "fuente:", "источник:", "redazione", "redacción" ("Redazione ANSA", "Redacción / EFE").
bool isSourceOrDeskLabel(const std::string& lower);

// "JANE DOE" -> "Jane Doe", "Maëlle GUYOMARC'H" -> "Maëlle Guyomarc'h", "SCOTT McFETRIDGE" -> "Scott McFetridge";
// an initialism alone ("BBC") is left as written.
std::string unshoutName(const std::string& name);

// "A, B and C" in English (news style, no serial comma); in other languages as ICU lists them ("A, B och C").
std::string joinNames(const std::vector<std::string>& names, const std::string& language);

// A desk's or a login's name given as the author: "Ground Truth Desk", "KRVN 7 News Staff", "Redacción Eco
// del Valle", "admin", Joomla's "Super User".
bool isDeskName(const std::string& byline);

// A publishing system's own account given as the author, nobody's name: "Super User", "admin", "webmaster".
bool isPublishingAccount(const std::string& byline);

}  // namespace readcast
