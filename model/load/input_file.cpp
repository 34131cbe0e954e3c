#include "model/load/input_file.hpp"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/core.h>

namespace jvgov::load {

namespace {

constexpr std::size_t default_max_input_bytes = std::size_t{16} << 20;

std::string_view file_type_name(mode_t mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

// Closes the descriptor when the read ends, however it ends.
struct FileDescriptor {
    int fd;
    ~FileDescriptor() {
        if (fd >= 0)
            ::close(fd);
    }
};

}  // namespace

std::size_t max_input_bytes() {
    const char* text = std::getenv("JVGOV_MAX_INPUT_BYTES");
    if (text == nullptr)
        return default_max_input_bytes;
    std::size_t value = 0;
    const char* end = text + std::strlen(text);
    const auto [last, error] = std::from_chars(text, end, value);
    if (error != std::errc{} || last != end || value == 0)
        return default_max_input_bytes;
    return value;
}

InputText read_input_file(std::string_view path) {
    const std::string name{path};
    // O_NONBLOCK: opening a FIFO without a writer must not hang before fstat can refuse it.
    const FileDescriptor file{::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0)
        return {std::nullopt, std::strerror(errno)};
    struct stat status{};
    if (::fstat(file.fd, &status) != 0)
        return {std::nullopt, std::strerror(errno)};
    if (!S_ISREG(status.st_mode))
        return {std::nullopt, fmt::format("not a regular file ({})", file_type_name(status.st_mode))};
    const std::size_t limit = max_input_bytes();
    const auto too_large = [limit](std::size_t size) {
        return InputText{std::nullopt,
                         fmt::format("the file is {} bytes, more than the limit of {} (set "
                                     "JVGOV_MAX_INPUT_BYTES to raise it)",
                                     size, limit)};
    };
    if (static_cast<std::size_t>(status.st_size) > limit)
        return too_large(static_cast<std::size_t>(status.st_size));
    // The file may grow while it is read: read at most limit + 1 bytes to notice.
    std::string text(static_cast<std::size_t>(status.st_size), '\0');
    std::size_t size = 0;
    for (;;) {
        if (size == text.size())
            text.resize(std::min(limit + 1, text.size() * 2 + 4096));
        const ssize_t got = ::read(file.fd, text.data() + size, text.size() - size);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return {std::nullopt, std::strerror(errno)};
        }
        if (got == 0)
            break;
        size += static_cast<std::size_t>(got);
        if (size > limit)
            return too_large(size);
    }
    text.resize(size);
    return {std::move(text), {}};
}

}  // namespace jvgov::load
