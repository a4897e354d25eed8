#include "batch/Shard.hpp"

#include <cstdlib>

#include "batch/Hashing.hpp"
#include "core/Error.hpp"

namespace readcast {
namespace {

std::optional<long> number(const char* text) {
    if (text == nullptr || *text == '\0') return std::nullopt;
    char* end = nullptr;
    const long v = std::strtol(text, &end, 10);
    if (*end != '\0') return std::nullopt;
    return v;
}

Shard checked(long index, long count, const std::string& written) {
    if (count < 1 || count > 100000 || index < 0 || index >= count) {
        throw Error(ExitCode::Usage, "shard '" + written + "' is not K/N with 0 <= K < N (shards count from 0)");
    }
    return {static_cast<int>(index), static_cast<int>(count)};
}

}  // namespace

bool Shard::owns(const std::string& key) const {
    return count <= 1 || sha256Prefix(key) % static_cast<std::uint64_t>(count) == static_cast<std::uint64_t>(index);
}

Shard parseShard(const std::string& text) {
    const std::size_t slash = text.find('/');
    const auto k = slash == std::string::npos ? std::nullopt : number(text.substr(0, slash).c_str());
    const auto n = slash == std::string::npos ? std::nullopt : number(text.substr(slash + 1).c_str());
    if (!k || !n) throw Error(ExitCode::Usage, "shard '" + text + "' is not K/N with 0 <= K < N (shards count from 0)");
    return checked(*k, *n, text);
}

std::optional<Shard> shardFromEnvironment(std::optional<int> count) {
    if (const auto id = number(std::getenv("SLURM_ARRAY_TASK_ID"))) {
        const long min = number(std::getenv("SLURM_ARRAY_TASK_MIN")).value_or(0);
        const auto n = count ? std::optional<long>(*count) : number(std::getenv("SLURM_ARRAY_TASK_COUNT"));
        if (!n) throw Error(ExitCode::Usage, "SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT: pass --shard-count");
        return checked(*id - min, *n, "SLURM_ARRAY_TASK_ID=" + std::to_string(*id));
    }
    if (const auto index = number(std::getenv("JOB_COMPLETION_INDEX"))) {
        const auto n = count ? std::optional<long>(*count) : number(std::getenv("JOB_COMPLETIONS"));
        if (!n) throw Error(ExitCode::Usage, "JOB_COMPLETION_INDEX is set: pass --shard-count N (the Job's completions)");
        return checked(*index, *n, "JOB_COMPLETION_INDEX=" + std::to_string(*index));
    }
    return std::nullopt;
}

}  // namespace readcast
