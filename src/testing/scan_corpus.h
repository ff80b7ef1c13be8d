// The scanner's evaluation corpus (test/scan-eval/corpus) for unit tests that compare a fast
// path with a slow one over real tool text.
//
// Threading: plain functions; they read files only.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace mcpgw::testing {

// $MCPGW_SCAN_CORPUS, else test/scan-eval/corpus in the working directory or the nearest parent
// that has one; empty when there is none.
std::filesystem::path ScanCorpusDir();

// Every string (values and member names) of the splits a test may read (dev, test, holdout,
// dev8, dev9 of poisoned/ and risky_legit/, never the blind rounds) and of the official servers'
// tool lists under `dir`. Throws when a file is not JSON.
std::vector<std::string> ReadableScanCorpusStrings(const std::filesystem::path& dir);

}  // namespace mcpgw::testing
