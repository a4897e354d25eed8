#pragma once
// How batch and edition report on the terminal: a progress bar on a terminal, one line an article in a
// log (a Slurm job's output, kubectl logs); failures named with their file; nothing from a record
// printed with its control characters.

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "batch/Batch.hpp"
#include "core/Clock.hpp"
#include "core/Text.hpp"

namespace readcast {


// A failure as one says it: the error names the file already, or gets it in front.
inline std::string failure(const std::string& input, const std::string& error) {
    return error.rfind(input + ":", 0) == 0 || error.rfind("cannot read " + input, 0) == 0 ? error : input + ": " + error;
}

// What a record says, for one line of progress: never control characters from a file name.
inline std::string shown(const std::string& text) { return printable(text); }

class Progress {
public:
    Progress(bool quiet) : quiet_(quiet), terminal_(::isatty(STDERR_FILENO) == 1) {}

    void operator()(const nlohmann::json& record, const BatchProgress& p) {
        if (quiet_) return;
        const std::string status = record.value("status", "");
        if (!terminal_) {
            // One line an article, for logs (a Slurm job's output, kubectl logs).
            const std::string input = record.value("input", "");
            std::cerr << "readcast: [" << p.done << "/" << p.total << "] " << status << " ";
            if (status == "failed") {
                std::cerr << shown(failure(input, record.value("error", "")));
            } else {
                std::cerr << shown(input);
            }
            if (status == "ok") std::cerr << " -> " << shown(record.value("output", "")) << " (" << clockTime(record.value("duration_s", 0.0)) << ")";
            if (status == "skipped") std::cerr << ": " << shown(record.value("reason", ""));
            std::cerr << '\n';
            return;
        }
        if (status == "failed") {
            std::cerr << "\r\033[K" << "readcast: failed " << shown(failure(record.value("input", ""), record.value("error", ""))) << '\n';
        }
        // A bar: done/total, failures, audio made, rate, time left.
        const int width = 24;
        const int filled = p.total > 0 ? width * p.done / p.total : width;
        const double rate = p.elapsed_s > 0 ? p.done / p.elapsed_s : 0;
        const double left = rate > 0 ? (p.total - p.done) / rate : 0;
        std::cerr << "\r\033[K[" << std::string(static_cast<std::size_t>(filled), '#')
                  << std::string(static_cast<std::size_t>(width - filled), '.') << "] " << p.done << "/" << p.total
                  << (p.failed > 0 ? ", " + std::to_string(p.failed) + " failed" : "") << ", "
                  << std::lround(p.audio_s / 60) << " min of audio, " << std::lround(rate * 60) << " articles/min, ETA "
                  << clockTime(left) << std::flush;
        if (p.done == p.total) std::cerr << '\n';
    }

private:
    bool quiet_;
    bool terminal_;
};

}  // namespace readcast
