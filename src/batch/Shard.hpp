#pragma once
// One shard of a batch: K of N (0 <= K < N), so that N processes on N machines each take their own
// articles with no coordination. An article belongs to shard hash(key) mod N. K and N come from the
// command line, or from the array-job engines' environment:
//   Slurm job arrays       SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN of SLURM_ARRAY_TASK_COUNT
//   Kubernetes Indexed Job JOB_COMPLETION_INDEX of --shard-count (or JOB_COMPLETIONS)
//
//   Shard s = parseShard("2/8");   // {2, 8}; Error for "5/4", "0/0", "x"
//   s.owns("archive/story.html")

#include <optional>
#include <string>

namespace readcast {

struct Shard {
    int index = 0;
    int count = 1;

    bool owns(const std::string& key) const;
    bool whole() const { return count == 1; }
    std::string name() const { return std::to_string(index) + "-of-" + std::to_string(count); }
};

Shard parseShard(const std::string& text);

// The shard the engine running this process assigned, if any; `count` from --shard-count when given.
std::optional<Shard> shardFromEnvironment(std::optional<int> count);

}  // namespace readcast
