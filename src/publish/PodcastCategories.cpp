#include "publish/PodcastCategories.hpp"

#include <utility>
#include <vector>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

using Categories = std::vector<std::pair<const char*, std::vector<const char*>>>;

const Categories& categories() {
    static const Categories list{
        {"Arts", {"Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"}},
        {"Business", {"Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"}},
        {"Comedy", {"Comedy Interviews", "Improv", "Stand-Up"}},
        {"Education", {"Courses", "How To", "Language Learning", "Self-Improvement"}},
        {"Fiction", {"Comedy Fiction", "Drama", "Science Fiction"}},
        {"Government", {}},
        {"History", {}},
        {"Health & Fitness", {"Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality"}},
        {"Kids & Family", {"Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"}},
        {"Leisure", {"Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies", "Home & Garden", "Video Games"}},
        {"Music", {"Music Commentary", "Music History", "Music Interviews"}},
        {"News", {"Business News", "Daily News", "Entertainment News", "News Commentary", "Politics", "Sports News", "Tech News"}},
        {"Religion & Spirituality", {"Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion", "Spirituality"}},
        {"Science", {"Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics", "Natural Sciences", "Nature",
                     "Physics", "Social Sciences"}},
        {"Society & Culture", {"Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships"}},
        {"Sports", {"Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey", "Rugby", "Running",
                    "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling"}},
        {"Technology", {}},
        {"True Crime", {}},
        {"TV & Film", {"After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"}},
    };
    return list;
}

std::string trimmed(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

}  // namespace

std::optional<PodcastCategory> podcastCategory(const std::string& name) {
    std::string top = name, sub;
    for (const char* separator : {">", "/"}) {
        if (const std::size_t at = name.find(separator); at != std::string::npos) {
            top = name.substr(0, at);
            sub = name.substr(at + 1);
            break;
        }
    }
    top = lowerAscii(trimmed(top));
    sub = lowerAscii(trimmed(sub));
    for (const auto& [category, subcategories] : categories()) {
        if (lowerAscii(category) != top) continue;
        if (sub.empty()) return PodcastCategory{category, ""};
        for (const char* s : subcategories) {
            if (lowerAscii(s) == sub) return PodcastCategory{category, s};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::string podcastCategoryList() {
    std::string out;
    for (const auto& [category, subcategories] : categories()) {
        out += category;
        out += '\n';
        for (const char* s : subcategories) out += std::string(category) + "/" + s + "\n";
    }
    return out;
}

}  // namespace readcast
