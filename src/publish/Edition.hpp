#pragma once
// A day's edition as one package: every article rendered as batch renders it (in parallel, its earlier
// results reused when nothing changed), then one edition MP3 of them all in order — an opening, "Next:
// <headline>" between articles, one chapter per article with its headings nested inside, one WebVTT
// transcript, one chapters file, mastered to the same loudness as every render — the page index.html
// that plays each article with its text highlighted as it is read, and, given a base URL, the podcast
// feed of the single articles.
//
//   EditionJob job;
//   job.batch.inputs = {"@today.txt"};  job.batch.output_dir = "edition";  job.title = "Morning Report";
//   EditionResult r = buildEdition(job, progress);   // edition/edition.mp3, index.html, feed.xml ...

#include <string>
#include <vector>

#include "batch/Batch.hpp"
#include "publish/Feed.hpp"

namespace readcast {

struct EditionJob {
    BatchJob batch;          // inputs, output_dir (the edition's folder), every render option, jobs, timeout
    std::string title;       // the edition's title, said first and shown on the page
    std::string date;        // shown and tagged (ISO 8601); empty: today, in UTC
    FeedOptions feed;        // with a base_url: feed.xml over the single articles; without: no feed
};

struct EditionResult {
    BatchOutcome batch;
    std::vector<std::string> files;     // the edition's own files: audio, transcript, chapters, page, feed
    int articles = 0;                   // in the edition
    double seconds = 0;                 // of the edition's audio
    double loudness_lufs = 0;
    std::vector<std::string> warnings;  // for the caller to show
};

EditionResult buildEdition(const EditionJob& job, const BatchListener& listener);

}  // namespace readcast
