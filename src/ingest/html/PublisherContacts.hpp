#pragma once
// The publisher's own addresses in a page's text: "Letters should be sent to letters@thetimes.com …", "You can contact the
// readers' editor by emailing guardian.readers@theguardian.com", "Schreiben Sie Ihre Meinung an forum@sz.de". A line that gives
// an e-mail address at the page's own domain (or one named as the site is, "sz.de" for "Süddeutsche Zeitung") at the foot of
// the page speaks to the reader about the publication, not of the story, in any language: it goes, and a short heading left
// over it with nothing of its own under it ("For more information") with it.
//
//   dropPublisherContacts(article.url, article.site, blocks);

#include <string>
#include <vector>

#include "ingest/ArticleAssembler.hpp"

namespace readcast {

void dropPublisherContacts(const std::string& pageUrl, const std::string& site, std::vector<RawBlock>& blocks);

}  // namespace readcast
