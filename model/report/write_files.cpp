#include "model/report/write_files.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jvgov::report {

namespace fs = std::filesystem;

namespace {

fs::path directory_of(const fs::path& path) {
    return path.has_parent_path() ? path.parent_path() : fs::path{"."};
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

}  // namespace

std::optional<WriteError> write_files_atomically(const std::vector<OutputFile>& files) {
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

    std::vector<std::string> temp_paths;
    const auto remove_temporaries = [&temp_paths] {
        for (const auto& temp : temp_paths)
            ::unlink(temp.c_str());
    };
    for (const auto& file : files) {
        std::string temp_path;
        auto error = write_temporary(file.path, file.contents, temp_path);
        if (!temp_path.empty())
            temp_paths.push_back(temp_path);
        if (error) {
            remove_temporaries();
            return error;
        }
    }

    for (std::size_t i = 0; i < files.size(); ++i) {
        if (::rename(temp_paths[i].c_str(), files[i].path.c_str()) != 0) {
            const int error_number = errno;
            for (std::size_t j = i; j < temp_paths.size(); ++j)
                ::unlink(temp_paths[j].c_str());
            return error_at(files[i].path, error_number);
        }
    }
    for (const auto& file : files)
        fsync_directory(directory_of(file.path));
    return std::nullopt;
}

}  // namespace jvgov::report
