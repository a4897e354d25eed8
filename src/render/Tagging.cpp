#include "render/Tagging.hpp"

#include <unicode/locid.h>

namespace readcast {

AudioTags tagsFor(const Article& article, const std::string& encoder) {
    AudioTags tags;
    tags.title = article.title.empty() ? "Untitled article" : article.title;
    tags.artist = !article.byline.empty() ? article.byline : !article.site.empty() ? article.site : "readcast";
    tags.album = article.site;
    if (article.published) tags.date = article.published->dateIso();
    tags.url = article.url;
    // Never the local file's path: the file is published, and its path is the publisher's business.
    tags.comment = "Read by AI (eSpeak NG)" + (article.url.empty() ? std::string() : " from " + article.url);
    // ID3 wants ISO 639-2 ("eng"), pages declare BCP 47 ("en-GB").
    tags.language = icu::Locale(article.language.c_str()).getISO3Language();
    tags.encoder = encoder;
    return tags;
}

}  // namespace readcast
