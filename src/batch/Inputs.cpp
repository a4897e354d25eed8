#include "batch/Inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "core/Error.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;

// Binary data: a NUL byte in the first 8 KB, as file(1) and git decide it.
bool looksBinary(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    char buf[8192];
    in.read(buf, sizeof buf);
    return std::find(buf, buf + in.gcount(), '\0') != buf + in.gcount();
}

bool hidden(const fs::path& p) { return !p.filename().empty() && p.filename().string()[0] == '.'; }

class Collector {
public:
    explicit Collector(const std::string& output_dir) {
        std::error_code ec;
        output_ = fs::weakly_canonical(output_dir, ec);
    }

    void add(const std::string& input) {
        if (input.size() > 1 && input[0] == '@') {
            addList(input.substr(1));
            return;
        }
        std::error_code ec;
        const fs::file_status st = fs::status(input, ec);
        const std::size_t given = given_++;
        if (ec || !fs::exists(st)) {
            found_.problems.push_back(input + ": no such file or folder");
        } else if (fs::is_directory(st)) {
            addFolder(input, given);
        } else {
            addFile(input, fs::path(input).lexically_normal().generic_string(), given);
        }
    }

    CollectedInputs take() {
        std::sort(found_.articles.begin(), found_.articles.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
        return std::move(found_);
    }

private:
    void addList(const std::string& list) {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (list != "-") {
            file.open(list);
            if (!file) {
                found_.problems.push_back(list + ": cannot read the list");
                return;
            }
            in = &file;
        }
        for (std::string line; std::getline(*in, line);) {
            while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
            if (line.empty() || line[0] == '#') continue;
            add(line);
        }
    }

    void addFolder(const std::string& folder, std::size_t given) {
        const fs::path root = fs::path(folder).lexically_normal();
        // The folder's own name leads the keys, so that two folders' "index.html" stay apart.
        std::string name = root.filename().generic_string();
        if (name.empty() || name == ".") name = fs::weakly_canonical(root).filename().generic_string();
        std::error_code ec;
        // The output folder holds what readcast wrote (audio, transcripts, the manifest, a page), never
        // articles: walking it would narrate the last run's files.
        if (fs::equivalent(root, output_, ec)) {
            found_.problems.push_back(folder + ": it is the output folder; its files are not read as articles");
            return;
        }
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) {
            found_.problems.push_back(folder + ": " + ec.message());
            return;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) break;
            const fs::path& p = it->path();
            std::error_code same;
            if (hidden(p) || (it->is_directory() && fs::equivalent(p, output_, same))) {
                if (it->is_directory()) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file()) continue;
            addFile(p.string(), name + "/" + p.lexically_relative(root).generic_string(), given);
        }
    }

    void addFile(const std::string& path, const std::string& key, std::size_t given) {
        std::error_code ec;
        const fs::path canonical = fs::weakly_canonical(path, ec);
        if (!seen_.insert(canonical.string()).second) return;
        if (fs::is_regular_file(path) && looksBinary(path)) {
            found_.problems.push_back(path + ": binary data, not an article (passed over)");
            return;
        }
        found_.articles.push_back({path, key, given});
    }

    fs::path output_;
    std::size_t given_ = 0;
    std::set<std::string> seen_;
    CollectedInputs found_;
};

}  // namespace

CollectedInputs collectInputs(const std::vector<std::string>& inputs, const std::string& output_dir) {
    Collector c(output_dir);
    for (const std::string& input : inputs) c.add(input);
    return c.take();
}

}  // namespace readcast
