// Writing a set of report files so that readers never see a torn or half-updated report.
#pragma once

#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace jvgov::report {

struct OutputFile {
    std::filesystem::path path;
    std::string contents;
};

struct WriteError {
    std::filesystem::path path;  // the file or directory that could not be written
    std::string message;         // the system's reason, e.g. "Permission denied"
};

// The system calls of the commit, replaceable so that tests can make one fail part-way.
struct CommitCalls {
    // rename(2): 0 on success, else -1 with errno set.
    std::function<int(const char* from, const char* to)> rename = [](const char* from,
                                                                      const char* to) {
        return std::rename(from, to);
    };
};

// Writes every file, or none.
// 1. Creates the files' parent directories when missing; a target that is a directory, or two
//    files with one path, is an error found before anything is written.
// 2. Takes an exclusive lock (flock) on the deepest directory that holds every file (the output
//    directory of a report, whose files may be in subdirectories), so that two runs writing to
//    one output directory commit one after the other, never interleaved; it waits for the other.
// 3. Writes each file to a temporary file beside its target (mode 0644), fsynced.
// 4. Commits: keeps a hard link to each existing target, then renames the temporary files over
//    their targets in the given order. When a rename fails, the targets already renamed are put
//    back (the old file from its link, or removed when there was none), so every target is left
//    as it was: same bytes. Then the links are removed and the directories fsynced.
// On any failure every temporary file and link is removed and the error names the path.
// Returns nullopt on success.
std::optional<WriteError> write_files_atomically(const std::vector<OutputFile>& files,
                                                 const CommitCalls& calls = {});

}  // namespace jvgov::report
