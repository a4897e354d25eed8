#include "render/Tagging.hpp"

#include <unicode/locid.h>

namespace readcast {

AudioTags tagsFor(const Article& article, const std::string& encoder) {
    AudioTags tags;
    tags.title = article.title.empty() ? "Untitled article" : article.title;
    tags.artist = !article.byline.empty() ? article.byline : !article.site.empty() ? article.site : "readcast";
    tags.album = article.site;
    if (article.published) tags.date = article.published->dateIso();
    const std::string source = !article.url.empty() ? article.url
                               : article.source == "-" ? std::string("standard input")
                                                       : article.source;
    tags.url = article.url;
    tags.comment = "Read by AI (eSpeak NG) from " + source;
    // ID3 wants ISO 639-2 ("eng"), pages declare BCP 47 ("en-GB").
    tags.language = icu::Locale(article.language.c_str()).getISO3Language();
    tags.encoder = encoder;
    return tags;
}

}  // namespace readcast
