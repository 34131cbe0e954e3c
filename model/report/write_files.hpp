// Writing a set of report files so that readers never see a torn or half-updated report.
#pragma once

#include <filesystem>
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

// Writes every file, or none. Creates the files' parent directories when missing, then, for each
// file, writes a temporary file in the same directory (mode 0644) and fsyncs it; only when every
// temporary file is complete are they renamed over their targets, in the given order, and the
// directories fsynced. On a failure before the renames, every temporary file is removed and
// every existing target is left untouched (same bytes, same mtime); the error names the path.
// A rename failing after an earlier rename succeeded (rare: same directory, same filesystem)
// leaves the earlier files new and the later ones old. A target that is a directory is an
// error found before anything is written. Returns nullopt on success.
std::optional<WriteError> write_files_atomically(const std::vector<OutputFile>& files);

}  // namespace jvgov::report
