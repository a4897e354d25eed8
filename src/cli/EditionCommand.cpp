#include <cmath>
#include <iostream>

#include "cli/BatchProgress.hpp"
#include "cli/Commands.hpp"
#include "core/Error.hpp"

namespace readcast {

void runEdition(const EditionOptions& o) {
    Progress progress(o.quiet);
    const EditionResult r = buildEdition(o.job, [&progress](const nlohmann::json& rec, const BatchProgress& p) { progress(rec, p); });
    if (!o.quiet) {
        for (const std::string& problem : r.batch.problems) std::cerr << "readcast: warning: " << shown(problem) << '\n';
        for (const std::string& warning : r.warnings) std::cerr << "readcast: warning: " << shown(warning) << '\n';
    }
    if (o.json) {
        nlohmann::json failures = nlohmann::json::array();
        for (const auto& [input, reason] : r.batch.failures) failures.push_back({{"input", input}, {"error", reason}});
        std::cout << nlohmann::json{{"files", r.files}, {"articles", r.articles}, {"failed", r.batch.failed}, {"failures", failures},
                                    {"duration_s", std::round(r.seconds * 1000) / 1000},
                                    {"loudness_lufs", std::round(r.loudness_lufs * 100) / 100}, {"manifest", r.batch.manifest}}
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
    } else if (!o.quiet) {
        std::cerr << "readcast: edition of " << r.articles << " article(s), " << clockTime(r.seconds) << ", "
                  << std::round(r.loudness_lufs * 10) / 10 << " LUFS:";
        for (const std::string& f : r.files) std::cerr << ' ' << shown(f);
        std::cerr << '\n';
        for (const auto& [input, reason] : r.batch.failures) std::cerr << "readcast:   left out " << shown(failure(input, reason)) << '\n';
    }
    if (r.batch.failed > 0 || !r.batch.problems.empty()) {
        throw Error(ExitCode::Partial, std::to_string(r.batch.failed + static_cast<int>(r.batch.problems.size())) +
                                           " of the inputs are not in the edition (see the warnings above and " + r.batch.manifest + ")");
    }
}

}  // namespace readcast
