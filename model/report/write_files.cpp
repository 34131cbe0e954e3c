#include "model/report/write_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jvgov::report {

namespace fs = std::filesystem;

namespace {

fs::path directory_of(const fs::path& path) {
    return path.has_parent_path() ? path.parent_path() : fs::path{"."};
}

// The deepest directory that holds every file (directly or in a subdirectory), lexically.
fs::path common_directory(const std::vector<OutputFile>& files) {
    fs::path common = directory_of(files.front().path).lexically_normal();
    for (const auto& file : files) {
        const fs::path directory = directory_of(file.path).lexically_normal();
        while (std::mismatch(common.begin(), common.end(), directory.begin(), directory.end())
                   .first != common.end()) {
            common = common.has_parent_path() && common.parent_path() != common
                         ? common.parent_path()
                         : fs::path{"."};
            if (common == ".")
                break;
        }
    }
    return common.empty() ? fs::path{"."} : common;
}

WriteError error_at(const fs::path& path, int error_number) {
    return WriteError{path, std::strerror(error_number)};
}

// Writes `contents` to a fresh temporary file beside `target`, fsynced and closed; returns its
// path through `temp_path`.
std::optional<WriteError> write_temporary(const fs::path& target, const std::string& contents,
                                          std::string& temp_path) {
    std::string temp_name = ".";
    temp_name += target.filename().string();
    temp_name += ".tmp.XXXXXX";
    temp_path = (directory_of(target) / temp_name).string();
    const int fd = ::mkstemp(temp_path.data());
    if (fd < 0) {
        const int error_number = errno;
        temp_path.clear();
        return error_at(target, error_number);
    }
    const auto fail = [&](int error_number) {
        ::close(fd);
        return error_at(target, error_number);
    };
    for (std::size_t offset = 0; offset < contents.size();) {
        const ssize_t written = ::write(fd, contents.data() + offset, contents.size() - offset);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        offset += static_cast<std::size_t>(written);
    }
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0)
        return fail(errno);
    if (::close(fd) != 0)
        return error_at(target, errno);
    return std::nullopt;
}

void fsync_directory(const fs::path& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// An exclusive flock on a directory, released when it goes out of scope.
class DirectoryLock {
  public:
    explicit DirectoryLock(const fs::path& directory)
        : fd_(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
        if (fd_ < 0) {
            error_ = errno;
            return;
        }
        while (::flock(fd_, LOCK_EX) != 0) {
            if (errno != EINTR) {
                error_ = errno;
                return;
            }
        }
    }

    ~DirectoryLock() {
        if (fd_ >= 0)
            ::close(fd_);  // releases the lock
    }

    DirectoryLock(const DirectoryLock&) = delete;
    DirectoryLock& operator=(const DirectoryLock&) = delete;

    int error() const { return error_; }

  private:
    int fd_;
    int error_ = 0;
};

}  // namespace

std::optional<WriteError> write_files_atomically(const std::vector<OutputFile>& files,
                                                 const CommitCalls& calls) {
    std::set<fs::path> paths;
    for (const auto& file : files) {
        if (!paths.insert(file.path.lexically_normal()).second)
            return WriteError{file.path, "two of the report's files have this path"};
    }
    for (const auto& file : files) {
        std::error_code error;
        const auto directory = directory_of(file.path);
        fs::create_directories(directory, error);
        if (error)
            return WriteError{directory, error.message()};
        if (!fs::is_directory(directory, error)) {
            return WriteError{directory, error ? error.message() : "Not a directory"};
        }
        if (fs::is_directory(file.path, error))
            return error_at(file.path, EISDIR);
    }
    if (files.empty())
        return std::nullopt;
    const fs::path locked = common_directory(files);
    const DirectoryLock lock(locked);
    if (lock.error() != 0)
        return error_at(locked, lock.error());

    std::vector<std::string> temp_paths;
    std::vector<std::string> backups;  // per file: a link to the old target, or empty
    const auto remove_all = [&] {
        for (const auto& path : temp_paths)
            ::unlink(path.c_str());
        for (const auto& path : backups)
            if (!path.empty())
                ::unlink(path.c_str());
    };
    for (const auto& file : files) {
        std::string temp_path;
        auto error = write_temporary(file.path, file.contents, temp_path);
        if (!temp_path.empty())
            temp_paths.push_back(temp_path);
        if (error) {
            remove_all();
            return error;
        }
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::string backup;
        if (::access(files[i].path.c_str(), F_OK) == 0) {
            // ".<name>.old.XXXXXX": as long as the temporary file's name, with its unique tail.
            backup = temp_paths[i];
            backup.replace(backup.size() - std::string_view{"tmp.XXXXXX"}.size(), 3, "old");
            if (::link(files[i].path.c_str(), backup.c_str()) != 0) {
                const int error_number = errno;
                remove_all();
                return error_at(files[i].path, error_number);
            }
        }
        backups.push_back(std::move(backup));
    }

    for (std::size_t i = 0; i < files.size(); ++i) {
        if (calls.rename(temp_paths[i].c_str(), files[i].path.c_str()) != 0) {
            const int error_number = errno;
            // Put back what was renamed: the old file from its link, or no file at all.
            for (std::size_t j = i; j-- > 0;) {
                if (!backups[j].empty())
                    ::rename(backups[j].c_str(), files[j].path.c_str());
                else
                    ::unlink(files[j].path.c_str());
            }
            remove_all();
            return error_at(files[i].path, error_number);
        }
    }
    for (const auto& backup : backups)
        if (!backup.empty())
            ::unlink(backup.c_str());
    for (const auto& file : files)
        fsync_directory(directory_of(file.path));
    return std::nullopt;
}

}  // namespace jvgov::report
