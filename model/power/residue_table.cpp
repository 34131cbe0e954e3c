#include "model/power/residue_table.hpp"

#include <algorithm>
#include <new>
#include <utility>

#include <sys/mman.h>

namespace jvgov::power::tables {

ResidueTable::ResidueTable(std::size_t count) : size_(count) {
    bytes_ = std::max<std::size_t>(count, 1) * sizeof(std::uint64_t);
    void* memory = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        throw std::bad_alloc();
    }
#ifdef MADV_HUGEPAGE
    madvise(memory, bytes_, MADV_HUGEPAGE);  // advice only: ignored where unsupported
#endif
    data_ = static_cast<std::uint64_t*>(memory);
}

ResidueTable::~ResidueTable() {
    if (data_ != nullptr) {
        munmap(data_, bytes_);
    }
}

ResidueTable::ResidueTable(ResidueTable&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      bytes_(std::exchange(other.bytes_, 0)) {}

ResidueTable& ResidueTable::operator=(ResidueTable&& other) noexcept {
    if (this != &other) {
        if (data_ != nullptr) {
            munmap(data_, bytes_);
        }
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        bytes_ = std::exchange(other.bytes_, 0);
    }
    return *this;
}

void ResidueTable::clear() {
    std::fill(data_, data_ + size_, std::uint64_t{0});
}

}  // namespace jvgov::power::tables
